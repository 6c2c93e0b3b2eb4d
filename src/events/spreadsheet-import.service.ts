/**
 * Experts and groups from the spreadsheets organizers already have. The file is read off the
 * service's thread; then its people are matched to the event's (stable ids, so personal links
 * follow people, not rows), checked against the event — every problem at once, each with its file,
 * row and column — and stored in one change: nothing is half-imported. A re-import that would give
 * someone's personal link to someone else waits for the organizer's confirmation.
 */
import { Injectable } from '@nestjs/common';
import { AccessTokenEntity } from '../access/access-token.entity';
import { DomainError, InvalidInputError } from '../common/errors';
import { serially } from '../database/serially';
import { Reads } from '../database/reads';
import { loadInstance } from '../engine';
import { type Lang, type Message, message, word, wordAt } from '../i18n';
import { MeetingEntity } from '../plans/entities/meeting.entity';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { EventsService } from './events.service';
import {
  type ImportFile, type Imported, type ImportProblem, importExperts, importGroups, type ImportResult, type LinkChange, type Place, readInWorker,
} from './import';

export type ImportKind = 'experts' | 'groups';

export interface ImportOptions {
  revision?: number;
  /** The organizer saw the personal links that would change hands and goes on. */
  confirmLinkChanges: boolean;
  lang: Lang;
}

/** A warning as a success answer lists it: where, the code and its parameters (the place among them), and the words. */
export interface ImportWarning {
  path: string;
  code: string;
  params: ImportProblem['params'];
  message: string;
}

/** 409: the import would change whose personal link is whose; `fields` say who. Sent again with the confirmation, it goes on. */
export class LinkChangesError extends DomainError {
  readonly status = 409;
  readonly code = 'link_changes';
}

@Injectable()
export class SpreadsheetImportService {
  /** One file read at a time: two heavy files must not take both cores from the pages. */
  private readonly reading = serially();

  constructor(
    private readonly events: EventsService,
    private readonly reads: Reads,
  ) {}

  async import(eventId: string, kind: ImportKind, file: ImportFile, options: ImportOptions) {
    const { event, instance } = await this.events.instance(eventId);
    const read = await this.reading(() => readInWorker(file));
    if (!read.book) throw refusal(file.name, read.errors);
    const context = { instance, retired: await this.retiredIds(eventId) };
    const result: ImportResult<Imported> = kind === 'experts' ? importExperts(read.book, context) : importGroups(read.book, context);
    if (!result.ok) throw refusal(file.name, [...read.errors, ...result.errors]);
    const imported = result.value;
    refuseWhatTheEngineRefuses(file.name, imported);
    if (imported.linkChanges.length > 0 && !options.confirmLinkChanges) throw linkChangesRefusal(imported.linkChanges);
    // Matched against this revision: if someone changed the event meanwhile, the import is refused (409), not mis-matched.
    const stored = await this.events.change(eventId, options.revision ?? event.revision, (draft) => {
      if (kind === 'experts') draft.experts = imported.instance.experts;
      else draft.groups = imported.instance.groups;
    });
    return {
      imported: imported.counts.added + imported.counts.updated,
      ...imported.counts,
      linkChanges: imported.linkChanges.map((change) => word(linkChange(change, 'import.linkChanged'), options.lang)),
      revision: stored.event.revision,
      warnings: [
        ...[...read.warnings, ...result.warnings].map((p): ImportWarning => ({ path: pathOf(p), ...said(p), message: word(said(p), options.lang) })),
        ...stored.warnings.map((w): ImportWarning => ({ path: w.path, code: w.said.code, params: w.said.params ?? {}, message: wordAt(w.path, w.said, options.lang) })),
      ],
    };
  }

  /** Every key a personal link or a version ever used in the event: a new person must not inherit one. */
  private async retiredIds(eventId: string): Promise<string[]> {
    const m = this.reads.manager;
    const links = await m.createQueryBuilder(AccessTokenEntity, 't').select('DISTINCT t.subjectKey', 'key').where('t.eventId = :eventId', { eventId }).getRawMany<{ key: string }>();
    const meetings = await m.createQueryBuilder(MeetingEntity, 'm').innerJoin(ScheduleVersionEntity, 'v', 'v.id = m.versionId')
      .select(['m.expertKey AS "expert"', 'm.groupKey AS "group"']).distinct(true).where('v.eventId = :eventId', { eventId }).getRawMany<{ expert: string; group: string }>();
    return [...links.map((l) => l.key), ...meetings.flatMap((x) => [x.expert, x.group])];
  }
}

function refusal(file: string, problems: ImportProblem[]): InvalidInputError {
  return new InvalidInputError(message('import.refused', { file, count: problems.length }), problems.map((p) => ({ path: pathOf(p), message: said(p) })));
}

/**
 * What only the whole event shows (a group larger than every table, say) is checked here too, so
 * that it is refused with the cell it came from rather than a path into the event.
 */
function refuseWhatTheEngineRefuses(file: string, imported: Imported): void {
  const loaded = loadInstance(structuredClone(imported.instance));
  if (loaded.ok) return;
  throw refusal(file, loaded.errors.map((error): ImportProblem => ({ file, ...imported.placeOf(error.path), code: error.said.code, params: error.said.params ?? {} })));
}

function linkChangesRefusal(changes: LinkChange[]): LinkChangesError {
  return new LinkChangesError(message('import.linkChangesNeedConfirmation', { count: changes.length }), changes.map((c) => ({ path: c.before, message: linkChange(c) })));
}

/** Said before (the hold) or after (a confirmed import's answer). */
function linkChange(change: LinkChange, code: 'import.linkChange' | 'import.linkChanged' = 'import.linkChange'): Message {
  return message(code, { before: change.before, after: change.after });
}

/** The problem as a message whose parameters also say where it is, for clients that show the place in columns. */
function said(p: ImportProblem): Message & { params: ImportProblem['params'] } {
  const place = Object.fromEntries(Object.entries({ file: p.file, sheet: p.sheet, row: p.row, column: p.column }).filter(([, v]) => v !== undefined));
  return { code: p.code, params: { ...p.params, ...place } };
}

/** « citoyens.xlsx [Souhaits], row 7, Expert »: the place in one text, for logs and plain clients. */
function pathOf(p: Place): string {
  return [p.sheet ? `${p.file} [${p.sheet}]` : p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column].filter(Boolean).join(', ');
}
