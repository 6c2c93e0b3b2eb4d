// « Jour J »: the screen a stressed organizer runs the day from, on a laptop or a tablet. The round
// under way and its time left; « qui est où » now and next (printable); a delay in one tap (that
// session's rounds only); each expert and group absent or late, tables closed; « Replanifier » with
// its preview (the open draft and its preview come back when the organizer returns to the screen);
// « Publier et prévenir » after a confirmation that says whom it reaches. Every action says its
// result aloud (aria-live).
import { api } from '../api.js';
import { announce, fill, focusMain, h } from '../dom.js';
import { getLang, percent, t } from '../i18n.js';
import { clock, clockSpan, dayClock } from '../wall-time.js';
import { attempt, errorBox, eventHeader, load } from './frame.js';
import { peopleSection } from './day-people.js';
import { confirmReach, invitationsAfterPublish, publishConfirmed } from './publish-confirm.js';

const REFRESH_MS = 15_000;
const DELAYS = [5, 10, 15];

export async function renderDay(main, { id }) {
  const [event] = (await load(main, t('tab.day'), [`/api/events/${id}`])) ?? [];
  if (!event) return;
  const base = `/api/events/${id}`;
  const nowPlace = h('div', { class: 'card' });
  const wherePlace = h('div');
  const result = h('div', { id: 'day-result' });
  const delayPlace = h('div');
  const people = peopleSection({ mark, unmark });
  const peoplePlace = people.element;
  const replanPlace = h('div');
  const section = (key, title, ...content) => h('section', { 'aria-labelledby': `h-${key}` }, h('h2', { id: `h-${key}` }, title), ...content);
  let live;
  let instance;

  fill(
    main,
    ...eventHeader(event, '/day'),
    result,
    section('now', t('day.now'), nowPlace),
    // On a tablet « qui est où » is two screens long: the controls are one tap away.
    h(
      'nav',
      { class: 'jump no-print', 'aria-label': t('day.jump') },
      [
        ['delay', 'day.delay'],
        ['people', 'day.people'],
        ['replan', 'day.replan'],
      ].map(([key, label]) => h('button', { type: 'button', class: 'small', onclick: () => jumpTo(key) }, t('day.jumpTo', { section: t(label) }))),
    ),
    h(
      'section',
      { 'aria-labelledby': 'h-where', id: 'where' },
      h('h2', { id: 'h-where' }, t('day.where')),
      // On paper the sheet says which event it is; the tables' captions say the rounds.
      h('p', { class: 'print-only' }, event.name),
      h('p', { class: 'no-print' }, h('button', { type: 'button', id: 'where-print', onclick: printWhere }, t('day.wherePrint'))),
      wherePlace,
    ),
    section('delay', t('day.delay'), h('p', { class: 'hint' }, t('day.delayHint')), delayPlace),
    // Marked first, then replanned: the replan takes the marks above it.
    section('people', t('day.people'), peoplePlace),
    section('replan', t('day.replan'), h('p', { class: 'hint' }, t('day.replanHint')), replanPlace),
  );

  /** Brings a section to the top of the screen, its heading focused (keyboard and screen readers land there). */
  function jumpTo(key) {
    const heading = document.getElementById(`h-${key}`);
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }

  /** The result of an action, shown and said. */
  function say(message) {
    fill(result, h('p', { class: 'ok-box' }, message));
    announce(message);
  }

  // The event's day by its clock: on Friday evening, Saturday's first round says « samedi ».
  const today = () => live.nowWall.slice(0, 10);
  const when = (wall) => dayClock(wall, today());
  /** Rounds not started yet: the only ones a delay, a mark or a replan can still change. */
  const openRounds = () => {
    const from = instance.rounds.findIndex((r) => r.id === live.nextRound?.id);
    return from < 0 ? [] : instance.rounds.slice(from);
  };
  const roundSelect = (attrs) =>
    h(
      'select',
      attrs,
      openRounds().map((r) => h('option', { value: r.id }, when(r.start))),
    );
  const roundStart = (roundId) => instance.rounds.find((r) => r.id === roundId)?.start ?? roundId;

  /** Reads the day again and redraws; the control that had the focus (same id) gets it back. */
  async function refresh() {
    const focused = document.activeElement?.id;
    try {
      [live, instance] = await Promise.all([api('GET', `${base}/live`), api('GET', `${base}/instance`)]);
    } catch (error) {
      fill(nowPlace, errorBox(error));
      return false;
    }
    drawNow();
    drawDelay();
    drawPeople();
    if (focused) document.getElementById(focused)?.focus();
    return true;
  }

  /** What the delay and people sections show: redrawn on the timer only when it changed, never under the organizer's hands. */
  const shown = () => JSON.stringify([live.version, live.nextRound?.id, live.marks]);

  async function tick() {
    if (!nowPlace.isConnected) return;
    const before = shown();
    const version = live.version;
    const busy = [delayPlace, peoplePlace, replanPlace].some((place) => place.contains(document.activeElement)) || document.querySelector('dialog[open]');
    try {
      live = await api('GET', `${base}/live`);
      drawNow();
      if (shown() !== before && !busy) await refresh();
      // Another version in force (published elsewhere): the open draft, if any, is said to be behind it, or gone.
      if (live.version !== version && !busy) await openDraft();
    } catch (error) {
      fill(nowPlace, errorBox(error));
    }
    setTimeout(tick, REFRESH_MS);
  }

  /** Only « qui est où » on paper (app.css: body.print-where). */
  function printWhere() {
    document.body.classList.add('print-where');
    addEventListener('afterprint', () => document.body.classList.remove('print-where'), { once: true });
    window.print();
  }

  /** Every group in a round: its table or room and its expert, free time, or away; a group marked absent says so. */
  function whereTable(key, round, rows) {
    // Out in this round by a mark not replanned yet: absent from its round on, or late until its round.
    const at = (id) => instance.rounds.findIndex((r) => r.id === id);
    const out = (kind, key) =>
      live.marks.some(
        (m) => m.kind === kind && m.key === key && (m.status === 'absent' ? !m.round || at(m.round) <= at(round.id) : m.round && at(round.id) < at(m.round)),
      );
    const flag = (kind, key) => (out(kind, key) ? h('span', { class: 'hint' }, ` (${t(kind === 'table' ? 'day.whereClosed' : 'day.whereMarked')})`) : null);
    const place = (w) => {
      const link = w.location && /^https?:\/\//i.test(w.location);
      return [
        h('span', {}, w.tableName),
        w.location ? [' — ', link ? h('a', { href: w.location, target: '_blank', rel: 'noopener noreferrer' }, t('day.whereRoom')) : w.location] : null,
      ];
    };
    const counts = { meeting: 0, free: 0, away: 0 };
    for (const w of rows) counts[w.status]++;
    counts.meeting = new Set(rows.filter((w) => w.status === 'meeting').map((w) => w.group)).size;
    return h(
      'div',
      { class: 'scroll', role: 'region', tabindex: 0, 'aria-labelledby': `cap-where-${key}` },
      h(
        'table',
        { class: 'list compact where' },
        h(
          'caption',
          { id: `cap-where-${key}`, class: 'h3' },
          t(key === 'now' ? 'day.where.now' : 'day.where.next', { hours: clockSpan(round.start, round.end) }),
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['day.whereGroup', 'day.whereTable', 'day.whereExpert'].map((c) => h('th', { scope: 'col' }, t(c))),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((w) =>
            h(
              'tr',
              { class: w.status },
              h('th', { scope: 'row' }, w.groupName, flag('group', w.group)),
              w.status === 'meeting'
                ? [h('td', {}, place(w), flag('table', w.table)), h('td', {}, w.expertName, flag('expert', w.expert))]
                : h('td', { colspan: 2 }, h('em', {}, t(w.status === 'free' ? 'day.whereFree' : 'day.whereAway'))),
            ),
          ),
        ),
      ),
      h('p', { class: 'hint' }, t('day.whereCounts', counts)),
    );
  }

  /** Redrawn only when what it shows changed: a tablet scrolled or focused in it keeps its place. */
  let whereShown = '';
  function drawWhere() {
    const c = live.currentRound;
    const n = live.nextRound;
    const key = JSON.stringify([c?.id, n?.id, live.whereNow, live.whereNext, live.marks, getLang()]);
    if (key === whereShown && wherePlace.hasChildNodes()) return;
    whereShown = key;
    fill(wherePlace, c ? whereTable('now', c, live.whereNow ?? []) : h('p', {}, t('day.whereNone')), n ? whereTable('next', n, live.whereNext ?? []) : null);
  }

  function drawNow() {
    const minutes = (ms) => Math.max(0, Math.ceil(ms / 60000));
    const c = live.currentRound;
    const n = live.nextRound;
    fill(
      nowPlace,
      h('p', { class: 'h3' }, c ? t('day.round', { start: clock(c.start), end: clock(c.end), minutes: minutes(c.endsInMs) }) : t(`live.status.${live.status}`)),
      // Hours or days ahead (a rehearsal, the evening before), « dans 73485 min » says nothing: the time alone does.
      n
        ? h(
            'p',
            {},
            n.startsInMs > 90 * 60_000 ? t('day.nextAt', { start: when(n.start) }) : t('day.next', { start: when(n.start), minutes: minutes(n.startsInMs) }),
          )
        : null,
      // The event's clock, as the rounds above read it: a rehearsal's, never the laptop's.
      h('p', { class: 'hint' }, t('day.updatedAt', { time: clock(live.nowWall) })),
    );
    drawWhere();
  }

  function drawDelay() {
    if (!openRounds().length) return fill(delayPlace, h('p', {}, t('day.allStarted')));
    const from = roundSelect({ id: 'delay-from' });
    fill(
      delayPlace,
      h(
        'div',
        { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'delay-from' }, t('day.delayFrom')), from),
        DELAYS.map((minutes) =>
          h('button', { type: 'button', class: 'primary', id: `delay-${minutes}`, onclick: () => delay(from.value, minutes) }, t('day.delayBy', { minutes })),
        ),
      ),
    );
  }

  async function delay(fromRound, minutes) {
    const query = `?lang=${getLang()}`;
    const preview = await attempt(result, () => api('POST', `${base}/live/delays/preview${query}`, { fromRound, minutes }));
    if (!preview) return announce(result.textContent);
    const moved = preview.moved;
    const answer = await confirmReach({
      title: t('delay.title', { minutes, start: when(moved[0].start) }),
      reach: { ...preview.reach, inForce: live.version },
      lines: [t('delay.moves', { from: clock(moved[0].start), through: clock(moved[moved.length - 1].start), minutes })],
      warnings: preview.warnings.map((w) => w.message),
      notify: true,
    });
    if (!answer) return announce(t('publish.cancelled'));
    const done = await attempt(result, () => api('POST', `${base}/live/delays${query}`, { fromRound, minutes, notifyMembers: answer.notifyMembers }));
    if (!done) return announce(result.textContent);
    const invitations = await invitationsAfterPublish(base, answer);
    say(`${t('day.delayed', { reason: [done.reason.message, ...done.warnings.map((w) => w.message)].join(t('day.sep')) })} ${invitations}`.trim());
    await refresh();
    if (document.getElementById('replan-preview')) await openDraft();
  }

  function stateOf(kind, mark) {
    if (!mark) return t(kind === 'table' ? 'day.open' : 'day.present');
    const state =
      kind === 'table'
        ? t('day.closedFrom', { start: when(roundStart(mark.round)) })
        : mark.status === 'late'
          ? t('day.lateFrom', { start: when(roundStart(mark.round)) })
          : mark.until
            ? t('day.absentUntil', { start: when(roundStart(mark.round ?? instance.rounds[0].id)), back: when(roundStart(mark.until)) })
            : mark.round
              ? t('day.absentFrom', { start: when(roundStart(mark.round)) })
              : t('day.absent');
    // The live state says whether the version in force keeps the mark already, or a replan must.
    return mark.kept === undefined ? state : `${state} — ${t(mark.kept ? 'day.markKept' : 'day.markToReplan')}`;
  }

  function drawPeople() {
    people.draw({ live, instance, rounds: openRounds().map((r) => ({ id: r.id, label: when(r.start) })), stateOf });
  }

  async function mark(kind, item, status, round) {
    const made = await attempt(result, () => api('POST', `${base}/live/marks`, { kind, key: item.id, status, round }));
    if (!made) return announce(result.textContent);
    say(t('day.marked', { name: item.name ?? item.id, state: stateOf(kind, made) }));
    return refresh();
  }

  async function unmark(kind, item, marks) {
    for (const m of marks)
      if (!(await attempt(result, () => api('DELETE', `${base}/live/marks/${m.id}`).then(() => true)))) return announce(result.textContent);
    say(t('day.unmarked', { name: item.name ?? item.id }));
    await refresh();
  }

  async function replan() {
    fill(replanPlace, replanButton(), h('p', { role: 'status' }, t('day.replanning')));
    const made = await attempt(result, () => api('POST', `${base}/live/replan`, {}));
    if (!made) {
      fill(replanPlace, replanButton());
      return announce(result.textContent);
    }
    const changes = showPreview(made);
    document.getElementById('h-preview').focus();
    announce(t('day.replanned', { number: made.version, changes }));
  }

  /** The open replan draft, if any, with its preview: what the organizer left there comes back. */
  async function openDraft() {
    let open;
    try {
      open = await api('GET', `${base}/live/replan`);
    } catch (error) {
      fill(replanPlace, replanButton(), errorBox(error));
      return;
    }
    if (open.draft) showPreview(open.draft);
    else fill(replanPlace, replanButton());
  }

  /** Draws a replan draft's preview and its publish button; says how many meetings change. */
  function showPreview(made) {
    const p = made.preview;
    const changes = p.added.length + p.removed.length + p.moved.length;
    const share = (x) => (x === null || x === undefined ? '—' : percent(x));
    const line = (key, m) => h('li', {}, t(key, { ...m, start: when(m.start), newStart: m.newStart ? when(m.newStart) : '' }));
    const publish = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        disabled: made.stale,
        onclick: async () => {
          const published = await attempt(result, () => publishConfirmed(base, made.version, { notify: true }));
          if (published === null) return announce(t('publish.cancelled'));
          if (!published) return announce(result.textContent);
          say(
            `${t('day.published', { number: made.version, emails: published.notifyMembers ? published.reach.emails : 0, pages: published.reach.memberPages })} ${published.invitations}`,
          );
          fill(replanPlace, replanButton());
          await refresh();
        },
      },
      `${t('day.publishAndNotify')} (${t('day.reachCounts', { emails: made.reach.emails, pages: made.reach.memberPages })})`,
    );
    fill(
      replanPlace,
      replanButton(),
      h(
        'div',
        { class: 'card', id: 'replan-preview' },
        h('h3', { tabindex: -1, id: 'h-preview' }, t('day.preview', { number: made.version, start: when(p.from.start) })),
        made.stale ? h('p', { class: 'warn-box' }, t('day.previewStale', { basedOn: made.basedOn, inForce: made.inForce })) : null,
        h('p', {}, t('day.previewCounts', { moved: p.moved.length, removed: p.removed.length, added: p.added.length })),
        h('p', {}, t('day.minShare', { before: share(p.minShare.before), after: share(p.minShare.after) })),
        h('p', {}, t('day.idle', { before: p.idle.before ?? '—', after: p.idle.after ?? '—' })),
        // Freed slots not taken again: say that the engine proved none could be, not leave it a riddle.
        p.removed.length && !p.added.length && idleProven(made.quality) ? h('p', { class: 'hint' }, t('day.noRefill', { count: p.removed.length })) : null,
        h('p', {}, t('day.expertsAffected', { names: p.experts.join(', ') || t('day.noneAffected') })),
        p.groups.length
          ? [
              h('h4', {}, t('day.groupsAffected')),
              h(
                'ul',
                {},
                // The groups that lose the most first: what the organizer weighs before publishing.
                [...p.groups]
                  .sort((a, b) => (a.shareAfter ?? 0) - (a.shareBefore ?? 0) - ((b.shareAfter ?? 0) - (b.shareBefore ?? 0)))
                  .map((g) => h('li', {}, t('day.share', { group: g.name, before: share(g.shareBefore), after: share(g.shareAfter) }))),
              ),
            ]
          : null,
        changes
          ? h(
              'details',
              {},
              h('summary', {}, t('day.changes')),
              h(
                'ul',
                {},
                p.removed.map((m) => line('day.change.removed', m)),
                p.moved.map((m) => line('day.change.moved', m)),
                p.added.map((m) => line('day.change.added', m)),
              ),
            )
          : null,
        // Nothing changes: the grid in force keeps every mark already; a new version would only add noise.
        changes ? publish : h('p', { role: 'status' }, t('day.nothingToChange')),
      ),
    );
    return changes;
  }

  function idleProven(quality) {
    return Boolean(quality?.levels?.some((l) => l.level === 'idle' && l.proven));
  }

  function replanButton() {
    return h('button', { type: 'button', class: 'primary', disabled: !live || !openRounds().length, onclick: replan }, t('day.replan'));
  }

  if (!(await refresh())) return focusMain();
  await openDraft();
  focusMain();
  setTimeout(tick, REFRESH_MS);
}
