/**
 * The members' link e-mails and the mail-merge CSV (pure). One e-mail per member with an address,
 * known by its dedupe key `member-link:<event>:<member>:<link>`: sending again sends nothing to
 * whoever already has that link, and a member whose link was reissued gets the new one.
 */
import { createHash } from 'node:crypto';
import { LANGS, type Lang, message, word } from '../i18n';
import type { NoticeDraft } from '../invitations/invitations.repository';
import { csvText } from '../plans/export/csv-text';
import './messages';

export interface MemberLink {
  key: string;
  name: string;
  group: string;
  email?: string;
  phone?: string;
  /** The member's page. */
  url: string;
  /** The member's own calendar feed (their group's itinerary). */
  feed?: string;
}

export function linkDedupeKey(eventId: string, m: MemberLink): string {
  return `member-link:${eventId}:${m.key}:${createHash('sha256').update(m.url).digest('hex').slice(0, 16)}`;
}

export function linkMail(eventName: string, m: MemberLink, test = false): { subject: string; body: string } {
  const lines = (lang: Lang) =>
    [
      word(message('links.greeting', { name: m.name }), lang),
      '',
      ...(test ? [word(message('links.test'), lang), ''] : []),
      word(message('links.intro', { event: eventName, group: m.group }), lang),
      word(message('links.url', { url: m.url }), lang),
      ...(m.feed ? [word(message('links.calendar', { url: m.feed }), lang)] : []),
      '',
      word(message('links.keep'), lang),
    ].join('\n');
  return { subject: word(message('links.subject', { event: eventName, test: test ? 1 : undefined }), 'fr'), body: LANGS.map(lines).join('\n\n—\n\n') };
}

/** The e-mails to queue, one per member with an address. */
export function linkDrafts(eventId: string, eventName: string, members: readonly MemberLink[]): NoticeDraft[] {
  return members
    .filter((m) => m.email?.trim())
    .map((m) => ({
      dedupeKey: linkDedupeKey(eventId, m),
      subjectKey: m.key,
      recipient: m.email!.trim(),
      recipientName: m.name,
      ...linkMail(eventName, m),
    }));
}

const CSV_COLUMNS = ['name', 'group', 'email', 'phone', 'link', 'feed'];

/** For a mail merge or an SMS tool, headed in `lang`: every cell neutralised against formula injection (csvText). */
export function linksCsv(members: readonly MemberLink[], lang: Lang): string {
  const header = CSV_COLUMNS.map((c) => word(message(`links.csv.${c}`), lang));
  return csvText([header, ...members.map((m) => [m.name, m.group, m.email, m.phone, m.url, m.feed])]);
}
