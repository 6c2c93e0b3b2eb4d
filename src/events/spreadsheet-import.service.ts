/**
 * Experts and groups from the spreadsheets organizers already have. Off the service's thread, the
 * file is read and its people matched to the event's (stable ids, so personal links
 * follow people, not rows), checked against the event — every problem at once, each with its file,
 * row and column — and stored in one change: nothing is half-imported. A re-import that would give
 * someone's personal link to someone else waits for the organizer's confirmation.
 */
import { Injectable } from '@nestjs/common';
import { AccessTokenEntity } from '../access/access-token.entity';
import { DomainError, InvalidInputError } from '../common/errors';
import { Reads } from '../database/reads';
import { type Lang, type Message, message, word, wordAt } from '../i18n';
import { MeetingEntity } from '../plans/entities/meeting.entity';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { EventsService } from './events.service';
import { type ImportFile, importInWorker, type ImportKind, type ImportProblem, type LinkChange, type Place } from './import';

export type { ImportKind } from './import';

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
  constructor(
    private readonly events: EventsService,
    private readonly reads: Reads,
  ) {}

  async import(eventId: string, kind: ImportKind, file: ImportFile, options: ImportOptions) {
    const { event, instance } = await this.events.instance(eventId);
    const outcome = await importInWorker({ kind, file, instance, retired: await this.retiredIds(eventId) });
    if (!outcome.ok) throw refusal(file.name, outcome.errors);
    if (outcome.linkChanges.length > 0 && !options.confirmLinkChanges) throw linkChangesRefusal(outcome.linkChanges);
    // Matched against this revision: if someone changed the event meanwhile, the import is refused (409), not mis-matched.
    const stored = await this.events.change(eventId, options.revision ?? event.revision, (draft) => {
      if (kind === 'experts') draft.experts = outcome.instance.experts;
      else draft.groups = outcome.instance.groups;
    });
    return {
      imported: outcome.counts.added + outcome.counts.updated,
      ...outcome.counts,
      linkChanges: outcome.linkChanges.map((change) => word(linkChange(change, 'import.linkChanged'), options.lang)),
      revision: stored.event.revision,
      warnings: [
        ...outcome.warnings.map((p): ImportWarning => ({ path: pathOf(p), ...said(p), message: word(said(p), options.lang) })),
        ...stored.warnings.map((w): ImportWarning => ({
          path: w.path,
          code: w.said.code,
          params: w.said.params ?? {},
          message: wordAt(w.path, w.said, options.lang),
        })),
      ],
    };
  }

  /** Every key a personal link or a version ever used in the event: a new person must not inherit one. */
  private async retiredIds(eventId: string): Promise<string[]> {
    const m = this.reads.manager;
    const links = await m
      .createQueryBuilder(AccessTokenEntity, 't')
      .select('DISTINCT t.subjectKey', 'key')
      .where('t.eventId = :eventId', { eventId })
      .getRawMany<{ key: string }>();
    const meetings = await m
      .createQueryBuilder(MeetingEntity, 'm')
      .innerJoin(ScheduleVersionEntity, 'v', 'v.id = m.versionId')
      .select(['m.expertKey AS "expert"', 'm.groupKey AS "group"'])
      .distinct(true)
      .where('v.eventId = :eventId', { eventId })
      .getRawMany<{ expert: string; group: string }>();
    return [...links.map((l) => l.key), ...meetings.flatMap((x) => [x.expert, x.group])];
  }
}

function refusal(file: string, problems: ImportProblem[]): InvalidInputError {
  return new InvalidInputError(
    message('import.refused', { file, count: problems.length }),
    problems.map((p) => ({ path: pathOf(p), message: said(p) })),
  );
}

function linkChangesRefusal(changes: LinkChange[]): LinkChangesError {
  return new LinkChangesError(
    message('import.linkChangesNeedConfirmation', { count: changes.length }),
    changes.map((c) => ({ path: c.before, message: linkChange(c) })),
  );
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
