/**
 * One import from bytes to the merged event, as the worker runs it: read the file, match and check
 * its people against the event, then check the merged event as the engine will, placing what it
 * refuses at the cells it came from. Everything it returns is plain data (it crosses threads).
 */
import { type InstanceFile, loadInstance } from '../../engine';
import type { Imported } from './context';
import type { LinkChange } from './identities';
import { importExperts } from './import-experts';
import { importGroups } from './import-groups';
import { importWishes } from './import-wishes';
import type { ImportProblem } from './problems';
import { type ImportFile, readWorkbook } from './read-workbook';

export type ImportKind = 'experts' | 'groups' | 'wishes';

const IMPORTS = { experts: importExperts, groups: importGroups, wishes: importWishes };

export interface ImportJob {
  kind: ImportKind;
  file: ImportFile;
  /** The event as it is, and the ids it used before (see ImportContext). */
  instance: InstanceFile;
  retired: string[];
}

export type ImportOutcome =
  | { ok: true; instance: InstanceFile; counts: Imported['counts']; linkChanges: LinkChange[]; warnings: ImportProblem[] }
  | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[] };

export async function runImport(job: ImportJob): Promise<ImportOutcome> {
  const read = await readWorkbook(job.file);
  if (!read.book) return { ok: false, errors: read.errors, warnings: read.warnings };
  const context = { instance: job.instance, retired: job.retired };
  const result = IMPORTS[job.kind](read.book, context);
  const warnings = [...read.warnings, ...result.warnings];
  if (!result.ok) return { ok: false, errors: [...read.errors, ...result.errors], warnings };
  const { instance, counts, linkChanges, placeOf } = result.value;
  // What only the whole event shows (a group larger than every table, say), at the cell it came from.
  const loaded = loadInstance(structuredClone(instance));
  if (!loaded.ok) {
    const errors = loaded.errors.map((error): ImportProblem => ({
      file: job.file.name,
      ...placeOf(error.path),
      code: error.said.code,
      params: error.said.params ?? {},
    }));
    return { ok: false, errors, warnings };
  }
  return { ok: true, instance, counts, linkChanges, warnings };
}
