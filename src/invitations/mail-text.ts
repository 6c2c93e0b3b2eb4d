/**
 * The e-mails around the invitations: French first, then English, each worded by the catalogue
 * (words/mail.messages.ts). The agenda is in the body too, so an expert whose mail client does not
 * show calendar parts still reads when and where to come; an update says what changed, a
 * cancellation names the slot that goes and nothing else.
 */
import { LANGS, type Lang, type Message, message, word } from '../i18n';
import type { BlockChange, ExpertBlock } from './calendar';
import { blockChanges } from './calendar/changes';
import { isLink } from './calendar/wording';
import { dayKey, date, slot, span } from '../i18n/when';
import './words/mail.messages';

export interface MailText {
  subject: string;
  body: string;
}

export type RequestReason = 'new' | 'changed' | 'restored';

/** Where the expert answers and follows the day; left out of a mail when unknown. */
export interface ExpertLinks {
  page: string;
  confirm: string;
  decline: string;
  feed: string;
}

const slotParams = (eventName: string, b: ExpertBlock) => ({ event: eventName, start: b.start, end: b.end, zone: b.timezone, table: b.table.name });

/** Subject and body from the messages of each language, French first. */
function bilingual(subject: Message, paragraphs: (lang: Lang) => string[][]): MailText {
  return {
    subject: word(subject, 'fr'),
    body: LANGS.map((lang) =>
      paragraphs(lang)
        .map((p) => p.join('\n'))
        .join('\n\n'),
    ).join('\n\n—\n\n'),
  };
}

function changeMessage(c: BlockChange, zone: string): Message {
  switch (c.kind) {
    case 'times':
      return message('mail.change.times', { start: c.after.start, end: c.after.end, oldStart: c.before.start, oldEnd: c.before.end, zone });
    case 'table':
      return message('mail.change.table', { before: c.before, after: c.after });
    case 'place':
      return message('mail.change.place', { after: c.after });
    case 'replaced':
      return message('mail.change.replaced', { at: c.at, zone, before: c.before, after: c.after });
    case 'added':
      return message('mail.change.added', { at: c.at, zone, group: c.group });
    case 'removed':
      return message('mail.change.removed', { at: c.at, zone, group: c.group });
  }
}

/** Where the expert sits, a paragraph of its own before the programme: the room's link, or the place. */
function place(block: ExpertBlock, lang: Lang): string[][] {
  if (isLink(block.table.location)) return [[word(message('mail.place.link', { url: block.table.location.trim() }), lang)]];
  return block.table.location ? [[word(message('mail.place.where', { where: block.table.location }), lang)]] : [];
}

function agenda(block: ExpertBlock, lang: Lang): string[] {
  const zone = block.timezone;
  const lines = [word(message('mail.agenda'), lang)];
  let day = '';
  for (const r of block.rounds) {
    if (dayKey(r.start, zone) !== day) lines.push(date(r.start, zone, lang));
    day = dayKey(r.start, zone);
    const what = r.groups.length
      ? r.groups.map((g) => word(message('mail.agenda.group', { name: g.name, size: g.size }), lang)).join(', ')
      : word(message('mail.agenda.break'), lang);
    lines.push(`  ${span(r.start, r.end, zone, lang)}${lang === 'fr' ? '\u00a0:' : ':'} ${what}`);
  }
  return lines;
}

function linkLines(links: ExpertLinks | undefined, lang: Lang, block: ExpertBlock): string[] {
  if (!links) return [word(message('mail.reply'), lang)];
  return [
    word(message('mail.answer'), lang),
    word(message('mail.confirm', { url: links.confirm }), lang),
    // From this block's invitation, the decline page offers this block's session first.
    word(message('mail.decline', { url: `${links.decline}?round=${encodeURIComponent(block.rounds[0].roundId)}` }), lang),
    '',
    word(message('mail.page', { url: links.page }), lang),
    word(message('mail.feed', { url: links.feed }), lang),
    word(message('mail.reply'), lang),
  ];
}

export function invitationMail(eventName: string, block: ExpertBlock, reason: RequestReason, previous?: ExpertBlock, links?: ExpertLinks): MailText {
  const params = slotParams(eventName, block);
  const changes = reason === 'changed' && previous ? blockChanges(previous, block) : [];
  return bilingual(message(reason === 'changed' ? 'mail.subject.changed' : 'mail.subject.new', params), (lang) => [
    [word(message('mail.greeting', { name: block.expert.name }), lang)],
    reason === 'changed'
      ? [word(message('mail.changed', params), lang), ...changes.map((c) => `- ${word(changeMessage(c, block.timezone), lang)}`)]
      : [word(message(reason === 'restored' ? 'mail.restored' : 'mail.new', params), lang)],
    ...place(block, lang),
    agenda(block, lang),
    linkLines(links, lang, block),
  ]);
}

/** `others`: the expert's slots that stay, named, so that she knows which still hold. */
export function cancellationMail(eventName: string, previous: ExpertBlock, others: readonly ExpertBlock[], declined = false): MailText {
  const params = slotParams(eventName, previous);
  return bilingual(message('mail.subject.cancelled', params), (lang) => [
    [word(message('mail.greeting', { name: previous.expert.name }), lang)],
    [
      ...(declined ? [word(message('mail.cancelled.declined'), lang)] : []),
      word(message('mail.cancelled', params), lang),
      word(
        others.length
          ? message('mail.cancelled.others', { count: others.length, slots: others.map((b) => slot(b.start, b.end, b.timezone, lang)).join(' ; ') })
          : message('mail.cancelled.none'),
        lang,
      ),
    ],
    [word(message('mail.reply'), lang)],
  ]);
}

/**
 * To the address an expert's invitation was sent to before the organizers changed it. The new
 * address is not given: the old one may be a mistyped stranger's.
 */
export function addressChangedMail(eventName: string, previous: ExpertBlock): MailText {
  const params = slotParams(eventName, previous);
  return bilingual(message('mail.subject.readdressed', params), (lang) => [
    [word(message('mail.greeting', { name: previous.expert.name }), lang)],
    [word(message('mail.readdressed', params), lang)],
  ]);
}

/** The CANCEL of a UID sent by the old organizer address, replaced by a new UID from the new one. */
export function reorganizedMail(eventName: string, previous: ExpertBlock, organizer: string): MailText {
  const params = { ...slotParams(eventName, previous), organizer };
  return bilingual(message('mail.subject.reorganized', params), (lang) => [
    [word(message('mail.greeting', { name: previous.expert.name }), lang)],
    [word(message('mail.reorganized', params), lang)],
  ]);
}
