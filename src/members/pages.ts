/**
 * The member's and the expert's pages, rendered whole on the server (they work with JavaScript off;
 * the script only refreshes `#live` and counts minutes down). What the script compares to say what
 * changed is written here as `data-sig` (identity of a meeting) and `data-summary` (its plain words).
 */
import type { Receipt } from './receipt';
import { esc, page, safeUrl } from './html';
import { clockTime, dayDate, isoIn, type Lang, percent, texts, type Texts } from './i18n';
import { scriptTexts } from './page-live.messages';
import { dash } from '../i18n/when';
import { type ExpertStop, type GroupStop, isFree, type MemberSlot, type Moment, momentAt, nextChange, type TableRef, type Timed } from './itinerary';
import { sessionSaid } from '../confirmations/answer-sessions';
import { answerLinks, calendarLinks, stopRemindersLink } from '../outreach/page-links';

export interface Assets {
  css: string;
  script: string;
}

export interface Common {
  lang: Lang;
  zone: string;
  eventName: string;
  /** The page's own path, for the language switch and the live stream. */
  path: string;
  at: number;
  version?: { number: number; publishedAt: string };
  assets: Assets;
  /** The service's public address (PUBLIC_URL), for the calendar subscriptions. */
  publicUrl: string;
}

export interface Question {
  expertKey: string;
  groupKey: string;
  text: string;
}

export interface MemberView extends Common {
  /** Whose page it is: their name heads it, with their group's. */
  memberName: string;
  groupName: string;
  /** The group's meetings and its free rounds. */
  stops?: MemberSlot[];
  receipt?: Receipt;
  questions: Question[];
  form: { error?: string; text?: string; expert?: string; sent?: boolean };
  /** The members' reminders are on: the page offers to stop them. */
  reminders?: boolean;
}

export interface ExpertView extends Common {
  expertName: string;
  /** What the expert answered to the invitation, if anything. */
  answer?: { answer: 'yes' | 'no'; answeredAt: string; missed?: { startsAt: number; endsAt: number } };
  organization?: string;
  stops?: ExpertStop[];
  questions: Question[];
}

function time(ms: number, c: Common): string {
  return `<time datetime="${isoIn(ms, c.zone)}">${esc(clockTime(ms, c.zone, c.lang))}</time>`;
}

function span(s: Timed, c: Common): string {
  return `${time(s.start, c)}${dash(c.lang)}${time(s.end, c)}`;
}

/** A span with its day in front when it is not today (« Ensuite samedi 23 janvier, 9 h 40 – 10 h 00 »). */
function datedSpan(s: Timed, c: Common): string {
  const day = dayDate(s.start, c.zone, c.lang);
  return `${day === dayDate(minute(c.at), c.zone, c.lang) ? '' : `${esc(day)}, `}${span(s, c)}`;
}

/** The table and where it is; a video room is a big button in now/next, a plain link in the day's list. */
function place(table: TableRef, t: Texts, compact = false): string {
  const url = table.isLink ? safeUrl(table.location) : undefined;
  if (url && compact) return `<p class="table">${esc(t.table)}${t.sep}<a href="${esc(url)}" rel="noopener noreferrer">${esc(table.name)}</a></p>`;
  const where = `<p class="table">${esc(t.table)}${t.sep}<strong>${esc(table.name)}</strong>${!url && table.location ? ` — ${esc(table.location)}` : ''}</p>`;
  return url ? `${where}<p><a class="btn" href="${esc(url)}" rel="noopener noreferrer">${esc(t.join(table.name))}</a></p>` : where;
}

function left(s: Timed, c: Common, t: Texts): string {
  const min = Math.max(1, Math.ceil((s.end - c.at) / 60_000));
  return `<p class="left" data-end="${s.end}" data-tpl="${esc(t.leftTemplate)}">${esc(t.left(min))}</p>`;
}

/** Formatting is memoised per instant: the current time counts to the minute. */
function minute(ms: number): number {
  return ms - (ms % 60_000);
}

/** When the version was published: its time, with its day in front unless it is today. */
function published(v: { number: number; publishedAt: string }, c: Common, t: Texts): string {
  const at = Date.parse(v.publishedAt);
  const day = dayDate(at, c.zone, c.lang);
  return t.version(v.number, day === dayDate(minute(c.at), c.zone, c.lang) ? undefined : day, clockTime(at, c.zone, c.lang));
}

/** "9 h 30", or "samedi 23 janvier, 9 h 30" when it is not today. */
function when(ms: number, c: Common): string {
  const day = dayDate(ms, c.zone, c.lang);
  return `${day === dayDate(minute(c.at), c.zone, c.lang) ? '' : `${day}, `}${clockTime(ms, c.zone, c.lang)}`;
}

function groupSummary(s: GroupStop, c: Common): string {
  return `${when(s.start, c)}, ${s.table.name}, ${s.expert.name}${s.expert.organization ? ` (${s.expert.organization})` : ''}`;
}

function expertSummary(s: ExpertStop, c: Common): string {
  return `${when(s.start, c)}, ${s.table.name}, ${s.groups.map((g) => g.name).join(', ')}`;
}

/** A free round on the now and next cards and in the day's list: the group is there, with no meeting. */
function freeLine(t: Texts): string {
  return `<p class="free">${esc(t.freeRound)}</p>`;
}

function groupCard(s: GroupStop, c: Common, t: Texts): string {
  return (
    `<p class="when">${datedSpan(s, c)}</p>${place(s.table, t)}` +
    `<p class="who">${esc(t.with)} <strong>${esc(s.expert.name)}</strong>${s.expert.organization ? `, ${esc(s.expert.organization)}` : ''}</p>`
  );
}

function groupsLine(s: ExpertStop, t: Texts): string {
  return s.groups
    .map((g) => `<strong>${esc(g.name)}</strong> (${esc(t.people(g.size))}${g.themes.length ? ` ; ${esc(t.themes)}${t.sep}${esc(g.themes.join(', '))}` : ''})`)
    .join(' · ');
}

/** On the now and next cards, each coming group with the questions it sent (live: the page reloads when one arrives). */
function expertCard(s: ExpertStop, c: Common, t: Texts, asked: (groupId: string) => string): string {
  return (
    `<p class="when">${datedSpan(s, c)}</p>${place(s.table, t)}` +
    s.groups.map((g) => `<div class="group"><p class="who">${groupsLine({ ...s, groups: [g] }, t)}</p>${asked(g.id)}</div>`).join('')
  );
}

/** The now and next blocks, shared by both pages; `card` and `summary` say what a stop looks like. */
function nowNext<S extends Timed & { roundId: string; table?: TableRef }>(
  m: Moment<S>,
  c: Common,
  t: Texts,
  card: (s: S) => string,
  summary: (s: S) => string,
): string {
  const sig = (s: S) => `${s.roundId}|${s.table?.id ?? ''}|${s.start}|${summary(s)}`;
  const section = (id: string, title: string, s: S | undefined, inner: string) =>
    `<section id="${id}" aria-labelledby="${id}-h" data-sig="${esc(s ? sig(s) : '')}" data-summary="${esc(s ? summary(s) : '')}"><h2 id="${id}-h">${esc(title)}</h2>${inner}</section>`;
  switch (m.state) {
    case 'empty':
      return section('now', t.now, undefined, `<p>${esc(t.noStops)}</p>`);
    case 'before':
      return (
        section('now', t.now, undefined, `<p>${esc(m.next.table ? t.beforeEvent : t.beforeFree)}</p>`) +
        section('next', m.next.table ? t.first : t.firstFree, m.next, card(m.next))
      );
    case 'between':
      return section('now', t.now, undefined, `<p>${esc(t.noMeetingNow)}</p>`) + section('next', t.next, m.next, card(m.next));
    case 'meeting':
      return (
        section('now', t.now, m.now, card(m.now) + left(m.now, c, t)) +
        section('next', t.next, m.next, m.next ? card(m.next) : `<p>${esc(m.now.table ? t.lastMeeting : t.noMoreMeetings)}</p>`)
      );
    case 'after':
      return section('now', t.now, undefined, `<p class="thanks">${esc(t.thanks)}</p>`);
  }
}

/**
 * The whole day (or days: a heading wherever the date changes), past, current and coming stops
 * marked. Each stop carries what the script compares after a new version to say what changed for
 * this reader: its round, its start, and its time, people and table in words.
 */
function dayList<S extends Timed & { roundId: string; table?: TableRef }>(
  stops: S[],
  c: Common,
  title: string,
  who: (s: S) => string,
  row: (s: S) => string,
): string {
  let html = '';
  let date = '';
  for (const s of stops) {
    const day = dayDate(s.start, c.zone, c.lang);
    if (day !== date) html += `${date ? '</ol>' : ''}<h3>${esc(day)}</h3><ol class="day">`;
    date = day;
    const state = c.at >= s.end ? 'past' : c.at >= s.start ? 'current' : 'future';
    // A free round is not a stop the script compares: a meeting that becomes free time reads as cancelled.
    const compared = s.table
      ? `data-round="${esc(s.roundId)}" data-start="${s.start}" data-when="${esc(when(s.start, c))}" data-who="${esc(who(s))}" data-table="${esc(s.table.name)}"`
      : 'data-free=""';
    html += `<li class="${state}${s.table ? '' : ' free'}" ${compared}${state === 'current' ? ' aria-current="step"' : ''}><p class="when">${span(s, c)}</p>${row(s)}</li>`;
  }
  return `<section id="day" aria-labelledby="day-h"><h2 id="day-h">${esc(title)}</h2>${html}${date ? '</ol>' : ''}</section>`;
}

function receiptSection(r: Receipt, t: Texts): string {
  const wishes = r.wishes.length
    ? `<ul class="wishes">${r.wishes.map((w) => `<li class="${w.met ? 'met' : 'unmet'}"><strong>${esc(w.met ? t.wishMet : t.wishUnmet)}</strong>${t.sep}${esc(w.expert)} (${esc(t.weight)} ${w.weight})${w.reason ? ` — ${esc(w.reason)}` : ''}</li>`).join('')}</ul>`
    : `<p>${esc(t.noWishes)}</p>`;
  return (
    `<section id="why" aria-labelledby="why-h"><h2 id="why-h">${esc(t.why)}</h2>${wishes}` +
    `<p>${esc(t.share(percent(r.share), percent(r.min), percent(r.median), r.groups))}</p></section>`
  );
}

function shell(c: Common, t: Texts, title: string, h1: string, live: string, rest: string, extra: Record<string, string>): string {
  const other = t.switchHref as Lang;
  const saved = clockTime(minute(c.at), c.zone, c.lang);
  return page({
    lang: c.lang,
    title,
    css: c.assets.css,
    script: c.assets.script,
    bodyAttrs: {
      'data-events': `${c.path}/events`,
      'data-server-now': String(c.at),
      'data-page': c.path,
      ...scriptTexts(c.lang),
      ...extra,
    },
    body:
      `<a class="skip" href="#main">${c.lang === 'fr' ? 'Aller au contenu' : 'Skip to content'}</a>` +
      `<header><p class="event">${esc(c.eventName)}</p><h1>${esc(h1)}</h1>` +
      `<p><a class="lang" href="${esc(c.path)}?lang=${other}" lang="${other}" hreflang="${other}">${esc(t.switchLang)}</a></p></header>` +
      `<main id="main"><p id="saved" class="saved" hidden>${esc(t.savedAt(saved))}</p>` +
      '<div id="status" class="status" role="status" aria-live="polite"></div><div id="changes" class="changes" role="status" aria-live="polite"></div>' +
      `<div id="live" data-version="${c.version?.number ?? 0}">${live}</div>${rest}</main>` +
      `<footer><p>${c.version ? esc(published(c.version, c, t)) : ''}</p></footer>`,
  });
}

/** When the page's answer next changes (a round starts or ends), for the script's timed refresh. */
function changesAt(m: Moment<Timed>): Record<string, string> {
  const at = nextChange(m);
  return at === undefined ? {} : { 'data-changes-at': String(at) };
}

export function memberPage(v: MemberView): string {
  const t = texts(v.lang);
  const title = `${v.groupName} — Carrousel`;
  const heading = v.memberName ? `${v.memberName} — ${v.groupName}` : v.groupName;
  if (!v.stops) return shell(v, t, title, heading, `<section id="now"><p>${esc(t.notPublished)}</p></section>`, '', {});
  const stops = v.stops;
  const m = momentAt(stops, v.at);
  // Free time coming next: the member also wants to know where they go after it.
  const shownNext = 'next' in m ? m.next : undefined;
  const then = (s: MemberSlot) => {
    const meeting = s === shownNext ? stops.slice(stops.indexOf(s) + 1).find((x): x is GroupStop => !isFree(x)) : undefined;
    return meeting ? `<p class="then">${esc(t.then)}${t.sep}${esc(groupSummary(meeting, v))}</p>` : '';
  };
  const live =
    nowNext<MemberSlot>(
      m,
      v,
      t,
      (s) => (isFree(s) ? `<p class="when">${datedSpan(s, v)}</p>${freeLine(t)}${then(s)}` : groupCard(s, v, t)),
      (s) => (isFree(s) ? `${when(s.start, v)}, ${t.freeRound}` : groupSummary(s, v)),
    ) +
    dayList<MemberSlot>(
      stops,
      v,
      t.day,
      (s) => (isFree(s) ? '' : s.expert.name),
      (s) =>
        isFree(s)
          ? freeLine(t)
          : `${place(s.table, t, true)}<p class="who">${esc(s.expert.name)}${s.expert.organization ? `, ${esc(s.expert.organization)}` : ''}</p>`,
    ) +
    (v.receipt ? receiptSection(v.receipt, t) : '');
  return shell(
    v,
    t,
    title,
    heading,
    live,
    questionsSection(
      v,
      stops.filter((s): s is GroupStop => !isFree(s)),
      t,
    ) +
      calendarLinks('member', v.path, v.publicUrl, v.lang) +
      (v.reminders ? stopRemindersLink(v.path, v.lang) : ''),
    { 'data-sw': '/m/sw.js', ...changesAt(m) },
  );
}

function questionsSection(v: MemberView, stops: GroupStop[], t: Texts): string {
  const coming = stops.filter((s) => s.end > v.at);
  const names = new Map(stops.map((s) => [s.expert.id, s.expert.name]));
  const list = v.questions.length
    ? `<ul class="questions">${v.questions.map((q) => `<li><strong>${esc(names.get(q.expertKey) ?? q.expertKey)}</strong>${t.sep}${esc(q.text)}</li>`).join('')}</ul>`
    : `<p>${esc(t.noQuestions)}</p>`;
  const status = v.form.error
    ? `<p class="error" role="alert" id="q-error">${esc(v.form.error)}</p>`
    : v.form.sent
      ? `<p class="ok" role="status">${esc(t.asked)}</p>`
      : '';
  const form = coming.length
    ? `<form method="post" action="${esc(v.path)}/questions?lang=${v.lang}">${status}` +
      `<p><label for="q-expert">${esc(t.askExpert)}</label><select id="q-expert" name="expert">${coming.map((s) => `<option value="${esc(s.expert.id)}"${v.form.expert === s.expert.id ? ' selected' : ''}>${esc(when(s.start, v))} — ${esc(s.expert.name)}</option>`).join('')}</select></p>` +
      `<p><label for="q-text">${esc(t.askLabel)}</label><textarea id="q-text" name="text" rows="4" maxlength="500" required aria-describedby="q-hint${v.form.error ? ' q-error' : ''}">${esc(v.form.text ?? '')}</textarea></p>` +
      `<p id="q-hint" class="hint">${esc(t.askHint)}</p><p><button class="btn" type="submit">${esc(t.askSend)}</button></p></form>`
    : status;
  return `<section id="questions" aria-labelledby="questions-h"><h2 id="questions-h">${esc(t.questions)}</h2>${form}<h3>${esc(t.groupQuestions)}</h3>${list}</section>`;
}

export function expertPage(v: ExpertView): string {
  const t = texts(v.lang);
  const title = `${v.expertName} — Carrousel`;
  const cal = answerLinks(v.path, v.lang, v.answer && { ...v.answer, zone: v.zone }) + calendarLinks('expert', v.path, v.publicUrl, v.lang);
  if (!v.stops) return shell(v, t, title, v.expertName, `<section id="now"><p>${esc(t.notPublished)}</p></section>`, cal, {});
  const stops = v.stops;
  const m = momentAt(stops, v.at);
  const tables = new Set(stops.map((s) => s.table.id));
  const yours =
    tables.size === 1
      ? `<section id="table" aria-labelledby="table-h"><h2 id="table-h">${esc(t.yourTable)}</h2>${place(stops[0].table, t)}</section>`
      : tables.size > 1
        ? `<p>${esc(t.tableVaries)}</p>`
        : '';
  const asked = (groupId: string) => {
    const qs = v.questions.filter((q) => q.groupKey === groupId);
    return qs.length ? `<p class="qtitle">${esc(t.questionsComing)}</p><ul class="questions">${qs.map((q) => `<li>${esc(q.text)}</li>`).join('')}</ul>` : '';
  };
  // A decline the grid does not keep yet: her meetings there are still listed, and she is told why.
  const missed = v.answer?.missed;
  const stillThere = v.answer?.answer === 'no' && stops.some((s) => !missed || (s.start >= missed.startsAt && s.start < missed.endsAt));
  const notice = stillThere ? `<p class="notice" role="note">${esc(t.stillListed(missed && sessionSaid(missed, v.zone, v.lang)))}</p>` : '';
  const live =
    notice +
    yours +
    nowNext(
      m,
      v,
      t,
      (s) => expertCard(s, v, t, asked),
      (s) => expertSummary(s, v),
    ) +
    dayList(
      stops,
      v,
      t.dayExpert,
      (s) => s.groups.map((g) => g.name).join(', '),
      (s) =>
        `${place(s.table, t, true)}${s.groups.map((g) => `<div class="group"><p class="who">${groupsLine({ ...s, groups: [g] }, t)}</p>${asked(g.id)}</div>`).join('')}`,
    );
  return shell(v, t, title, v.expertName + (v.organization ? ` — ${v.organization}` : ''), live, cal, { 'data-sw': '/x/sw.js', ...changesAt(m) });
}
