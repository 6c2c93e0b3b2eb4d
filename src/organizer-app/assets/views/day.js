// « Jour J »: the screen a stressed organizer runs the day from, on a laptop or a tablet. The round
// under way and its time left; a delay in one tap (that session's rounds only); each expert and
// group absent or late, tables closed; « Replanifier » with its preview; « Publier et prévenir »
// after a confirmation that says whom it reaches. Every action says its result aloud (aria-live).
import { api } from '../api.js';
import { announce, fill, focusMain, h } from '../dom.js';
import { getLang, percent, t } from '../i18n.js';
import { clock, dayClock } from '../wall-time.js';
import { attempt, errorBox, eventHeader, load } from './frame.js';
import { confirmReach, publishConfirmed } from './publish-confirm.js';

const REFRESH_MS = 15_000;
const DELAYS = [5, 10, 15];
const KINDS = [
  ['expert', 'experts', 'day.experts'],
  ['group', 'groups', 'day.groups'],
  ['table', 'tables', 'day.tables'],
];

export async function renderDay(main, { id }) {
  const [event] = (await load(main, t('tab.day'), [`/api/events/${id}`])) ?? [];
  if (!event) return;
  const base = `/api/events/${id}`;
  const nowPlace = h('div', { class: 'card' });
  const result = h('div', { id: 'day-result' });
  const delayPlace = h('div');
  const peoplePlace = h('div');
  const replanPlace = h('div');
  const section = (key, title, ...content) => h('section', { 'aria-labelledby': `h-${key}` }, h('h2', { id: `h-${key}` }, title), ...content);
  let live;
  let instance;

  fill(
    main,
    ...eventHeader(event, '/day'),
    result,
    section('now', t('day.now'), nowPlace),
    section('delay', t('day.delay'), h('p', { class: 'hint' }, t('day.delayHint')), delayPlace),
    section('replan', t('day.replan'), h('p', { class: 'hint' }, t('day.replanHint')), replanPlace),
    section('people', t('day.people'), peoplePlace),
  );

  /** The result of an action, shown and said. */
  function say(message) {
    fill(result, h('p', { class: 'ok-box' }, message));
    announce(message);
  }

  const today = () => (live.currentRound ?? live.nextRound)?.start.slice(0, 10) ?? '';
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
    const busy = [delayPlace, peoplePlace, replanPlace].some((place) => place.contains(document.activeElement)) || document.querySelector('dialog[open]');
    try {
      live = await api('GET', `${base}/live`);
      drawNow();
      if (shown() !== before && !busy) await refresh();
    } catch (error) {
      fill(nowPlace, errorBox(error));
    }
    setTimeout(tick, REFRESH_MS);
  }

  function drawNow() {
    const minutes = (ms) => Math.max(0, Math.ceil(ms / 60000));
    const c = live.currentRound;
    const n = live.nextRound;
    fill(
      nowPlace,
      h('p', { class: 'h3' }, c ? t('day.round', { start: clock(c.start), end: clock(c.end), minutes: minutes(c.endsInMs) }) : t(`live.status.${live.status}`)),
      n ? h('p', {}, t('day.next', { start: when(n.start), minutes: minutes(n.startsInMs) })) : null,
      h(
        'p',
        { class: 'hint' },
        t('day.updatedAt', { time: new Date().toLocaleTimeString(getLang() === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' }) }),
      ),
    );
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
    say(t('day.delayed', { reason: [done.reason.message, ...done.warnings.map((w) => w.message)].join(' ; ') }));
    await refresh();
  }

  function stateOf(kind, mark) {
    if (!mark) return t(kind === 'table' ? 'day.open' : 'day.present');
    if (kind === 'table') return t('day.closedFrom', { start: when(roundStart(mark.round)) });
    if (mark.status === 'late') return t('day.lateFrom', { start: when(roundStart(mark.round)) });
    return mark.round ? t('day.absentFrom', { start: when(roundStart(mark.round)) }) : t('day.absent');
  }

  function drawPeople() {
    const open = openRounds().length > 0;
    fill(
      peoplePlace,
      KINDS.map(([kind, list, title]) =>
        h(
          'div',
          { class: 'scroll', role: 'region', tabindex: 0, 'aria-labelledby': `cap-${kind}` },
          h(
            'table',
            { class: 'list compact' },
            h('caption', { id: `cap-${kind}`, class: 'h3' }, t(title)),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['day.name', 'day.state', 'day.actions'].map((c) => h('th', { scope: 'col' }, t(c))),
              ),
            ),
            h(
              'tbody',
              {},
              instance[list].map((item) => personRow(kind, item, open)),
            ),
          ),
        ),
      ),
    );
  }

  function personRow(kind, item, open) {
    const name = item.name ?? item.id;
    const marks = live.marks.filter((m) => m.kind === kind && m.key === item.id);
    const key = `${kind}-${item.id}`.replace(/[^\w-]/g, '_');
    const round = roundSelect({ id: `round-${key}`, 'aria-label': t('day.fromRoundOne', { name }) });
    const mark = (status, label) =>
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'aria-label': label,
          id: `${status}-${key}`,
          onclick: async () => {
            const made = await attempt(result, () => api('POST', `${base}/live/marks`, { kind, key: item.id, status, round: round.value }));
            if (!made) return announce(result.textContent);
            say(t('day.marked', { name, state: stateOf(kind, made) }));
            await refresh();
          },
        },
        kind === 'table' ? t('day.closeTable') : t(status === 'late' ? 'day.markLate' : 'day.markAbsent'),
      );
    const unmark = h(
      'button',
      {
        type: 'button',
        class: 'small danger',
        'aria-label': t('day.unmarkOne', { name }),
        id: `unmark-${key}`,
        onclick: async () => {
          for (const m of marks)
            if (!(await attempt(result, () => api('DELETE', `${base}/live/marks/${m.id}`).then(() => true)))) return announce(result.textContent);
          say(t('day.unmarked', { name }));
          await refresh();
        },
      },
      t('day.unmark'),
    );
    const actions = open
      ? [
          h('span', { class: 'sr-only' }, t('day.fromRound')),
          round,
          kind === 'table'
            ? mark('absent', t('day.closeTableOne', { name }))
            : [mark('absent', t('day.markAbsentOne', { name })), mark('late', t('day.markLateOne', { name }))],
        ]
      : [];
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, name),
      h('td', {}, stateOf(kind, marks.at(-1))),
      h('td', {}, h('span', { class: 'row' }, actions, marks.length ? unmark : null)),
    );
  }

  async function replan() {
    fill(replanPlace, replanButton(), h('p', { role: 'status' }, t('day.replanning')));
    const made = await attempt(result, () => api('POST', `${base}/live/replan`, {}));
    if (!made) {
      fill(replanPlace, replanButton());
      return announce(result.textContent);
    }
    const p = made.preview;
    const changes = p.added.length + p.removed.length + p.moved.length;
    const share = (x) => (x === null || x === undefined ? '—' : percent(x));
    const line = (key, m) => h('li', {}, t(key, { ...m, start: when(m.start), newStart: m.newStart ? when(m.newStart) : '' }));
    const publish = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: async () => {
          const published = await attempt(result, () => publishConfirmed(base, made.version, { notify: true }));
          if (published === null) return announce(t('publish.cancelled'));
          if (!published) return announce(result.textContent);
          say(t('day.published', { number: made.version, emails: published.notifyMembers ? published.reach.emails : 0, pages: published.reach.memberPages }));
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
        h('p', {}, t('day.previewCounts', { moved: p.moved.length, removed: p.removed.length, added: p.added.length })),
        h('p', {}, t('day.minShare', { before: share(p.minShare.before), after: share(p.minShare.after) })),
        h('p', {}, t('day.idle', { before: p.idle.before ?? '—', after: p.idle.after ?? '—' })),
        h('p', {}, t('day.expertsAffected', { names: p.experts.join(', ') || t('day.noneAffected') })),
        p.groups.length
          ? [
              h('h4', {}, t('day.groupsAffected')),
              h(
                'ul',
                {},
                p.groups.map((g) => h('li', {}, t('day.share', { group: g.name, before: share(g.shareBefore), after: share(g.shareAfter) }))),
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
        publish,
      ),
    );
    document.getElementById('h-preview').focus();
    announce(t('day.replanned', { number: made.version, changes }));
  }

  function replanButton() {
    return h('button', { type: 'button', class: 'primary', disabled: !live || !openRounds().length, onclick: replan }, t('day.replan'));
  }

  if (!(await refresh())) return focusMain();
  fill(replanPlace, replanButton());
  focusMain();
  setTimeout(tick, REFRESH_MS);
}
