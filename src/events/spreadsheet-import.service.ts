/**
 * Experts and groups from the spreadsheets organizers already have. The file is read whole first;
 * any bad row refuses the whole import (nothing half-imported), with the file, row and column of
 * each problem. Imported items replace those with the same id and are added after the others.
 */
import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '../common/errors';
import type { ExpertFile, GroupFile } from '../engine/format';
import { EventsService } from './events.service';
import { type ImportFile, type ImportProblem, importExperts, importGroups, type ImportResult } from './import';

export type ImportKind = 'experts' | 'groups';

@Injectable()
export class SpreadsheetImportService {
  constructor(private readonly events: EventsService) {}

  async import(eventId: string, kind: ImportKind, file: ImportFile, revision?: number) {
    const { instance } = await this.events.instance(eventId);
    const read: ImportResult<(ExpertFile | GroupFile)[]> = kind === 'experts'
      ? await importExperts(file)
      : await importGroups(file, instance.experts);
    if (!read.ok) {
      throw new InvalidInputError(
        `${file.name} : ${read.errors.length} erreur(s), rien n'a été importé / ${read.errors.length} error(s), nothing was imported`,
        read.errors.map((p) => ({ path: where(p), message: p.message })),
      );
    }
    const imported = read.value;
    const result = await this.events.change(eventId, revision, (draft) => {
      const list = (kind === 'experts' ? draft.experts : draft.groups) as { id: string }[];
      const incoming = new Map(imported.map((x) => [x.id, x]));
      const kept = list.map((x) => incoming.get(x.id) ?? x);
      const added = imported.filter((x) => !list.some((y) => y.id === x.id));
      list.splice(0, list.length, ...kept, ...added);
    });
    return {
      imported: imported.length, revision: result.event.revision,
      warnings: [...read.warnings.map((p) => `${where(p)}: ${p.message}`), ...result.warnings],
    };
  }
}

function where(p: ImportProblem): string {
  return [p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column].filter(Boolean).join(', ');
}
