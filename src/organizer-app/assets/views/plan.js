// Generate a grid (progress, cancel), look at it (grid + quality), adjust a draft by hand, publish,
// compare with another version, download the exports.
import { api, download } from '../api.js';
import { announce, field, fill, focusMain, h } from '../dom.js';
import { renderGrid, when } from '../grid.js';
import { dateTime, percent, inSeconds, t } from '../i18n.js';
import { idleText, renderQuality } from '../quality.js';
import { attempt, errorBox, eventHeader, load } from './frame.js';
import { publishConfirmed } from './publish-confirm.js';

const POLL_MS = 400;
const FORMATS = ['csv', 'xlsx', 'html', 'json'];

export async function renderPlan(main, { id }) {
  const loaded = await load(main, t('tab.plan'), [`/api/events/${id}`, `/api/events/${id}/instance`, `/api/events/${id}/versions`]);
  if (!loaded) return;
  const [event, instance] = loaded;
  let [, , versions] = loaded;
  const base = `/api/events/${id}`;
  const progressPlace = h('div', { class: 'progress-place' });
  const versionsPlace = h('div');
  const versionPlace = h('div');
  let current = null;

  // --- generation
  const seconds = h('input', { type: 'number', min: 1, max: 600, value: Math.round((instance.options?.timeLimitMs ?? 10000) / 1000) });
  const generate = h('button', { type: 'submit', class: 'primary' }, t('plan.generate'));
  const generateForm = h('form', { class: 'row' }, field(t('plan.timeLimit'), seconds), generate);
  generateForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const job = await attempt(progressPlace, () => api('POST', `${base}/generations`, { timeLimitMs: Math.max(1, Number(seconds.value) || 10) * 1000 }));
    if (job) follow(job);
  });

  function follow(job) {
    generate.disabled = true;
    const bar = h('progress', { max: job.timeLimitMs, value: 0, 'aria-label': t('plan.progress') });
    const text = h('p', {}, t('plan.running'));
    const cancel = h(
      'button',
      {
        type: 'button',
        onclick: () => attempt(progressPlace, () => api('DELETE', `${base}/generations/${job.id}`)),
      },
      t('plan.cancel'),
    );
    fill(progressPlace, h('div', { class: 'card' }, bar, text, cancel));
    announce(t('plan.started'));
    const tick = async () => {
      if (!bar.isConnected) return;
      let now;
      try {
        now = await api('GET', `${base}/generations/${job.id}`);
      } catch (error) {
        generate.disabled = false;
        return fill(progressPlace, errorBox(error));
      }
      const best = now.progress?.best;
      bar.value = Math.min(now.progress?.elapsedMs ?? 0, job.timeLimitMs);
      text.textContent = t('plan.progressText', {
        elapsed: inSeconds(now.progress?.elapsedMs ?? 0),
        limit: job.timeLimitMs / 1000,
        best: best ? t('plan.best', { share: percent(best.minGroupShare), value: best.wishValue, idle: idleText(best.idle) }) : '',
      });
      if (['queued', 'running'].includes(now.status)) return setTimeout(tick, POLL_MS);
      generate.disabled = false;
      if (now.status === 'done') {
        versions = await api('GET', `${base}/versions`);
        await show(now.versionNumber);
        fill(progressPlace);
        const message = t('plan.generated', { share: percent(current.metrics.minGroupShare) });
        fill(progressPlace, h('p', { class: 'ok-box' }, message));
        announce(message);
      } else {
        const message = t(`plan.status.${now.status}`);
        fill(
          progressPlace,
          h(
            'div',
            { class: now.status === 'cancelled' ? 'card' : 'error-box', role: 'alert' },
            h('p', {}, message),
            now.problems?.length
              ? h(
                  'ul',
                  {},
                  now.problems.map((p) => h('li', {}, p.message ?? JSON.stringify(p))),
                )
              : null,
          ),
        );
        announce(message);
      }
    };
    setTimeout(tick, POLL_MS);
  }

  // --- versions
  function drawVersions() {
    fill(
      versionsPlace,
      versions.length
        ? h(
            'table',
            { class: 'list compact' },
            h('caption', {}, t('plan.versions')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['number', 'status', 'origin', 'share', 'created'].map((c) => h('th', { scope: 'col' }, t(`plan.v.${c}`))),
                h('td'),
              ),
            ),
            h(
              'tbody',
              {},
              [...versions]
                .reverse()
                .map((v) =>
                  h(
                    'tr',
                    { 'aria-current': current?.number === v.number ? 'true' : undefined },
                    h('th', { scope: 'row' }, String(v.number)),
                    h('td', {}, t(`status.${v.status}`)),
                    h('td', {}, t(`origin.${v.origin}`)),
                    h('td', {}, percent(v.metrics.minGroupShare)),
                    h('td', {}, dateTime(v.createdAt)),
                    h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => show(v.number, true) }, t('plan.show', { number: v.number }))),
                  ),
                ),
            ),
          )
        : h('p', {}, t('plan.noVersion')),
    );
  }

  // --- one version: actions, quality, grid
  async function show(number, focus) {
    const view = await attempt(versionPlace, () => api('GET', `${base}/versions/${number}`));
    if (!view) return;
    current = view;
    drawVersions();
    drawVersion();
    if (focus) document.getElementById('h-version')?.focus();
  }

  function drawVersion(notice) {
    const v = current;
    const draft = v.status === 'draft';
    const feedback = h('div', { id: 'adjust-feedback' }, notice);
    const publish = draft
      ? h(
          'button',
          {
            type: 'button',
            class: 'primary',
            onclick: async () => {
              // Asked first, saying whom it reaches; cancelled, nothing is sent.
              const published = await attempt(feedback, () => publishConfirmed(base, v.number));
              if (published === null) return announce(t('publish.cancelled'));
              if (!published) return;
              versions = await api('GET', `${base}/versions`);
              current = { ...current, ...published.done };
              drawVersions();
              const said = `${t('plan.published', { number: v.number })} ${published.invitations}`;
              drawVersion(h('p', { class: 'ok-box' }, said));
              announce(said);
            },
          },
          t('plan.publish'),
        )
      : h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              const copy = await attempt(feedback, () => api('POST', `${base}/versions/${v.number}/copy`));
              if (!copy) return;
              versions = await api('GET', `${base}/versions`);
              await show(copy.number, true);
              announce(t('plan.copied', { number: copy.number }));
            },
          },
          t('plan.copy'),
        );
    const others = versions.filter((o) => o.number !== v.number);
    const compareWith = h(
      'select',
      {},
      others.map((o) => h('option', { value: o.number, selected: o.number === (v.basedOn ?? v.number - 1) }, t('plan.versionN', { number: o.number }))),
    );
    const diffPlace = h('div');
    // A round as the organizer knows it, by its day and time, not its id.
    const zoomRound = h(
      'select',
      {},
      instance.rounds.map((r) => h('option', { value: r.id }, when(r.start))),
    );
    const get = (path, name) => attempt(feedback, async () => announce(t('plan.downloaded', { file: await download(path, name) })));

    fill(
      versionPlace,
      h(
        'section',
        { 'aria-labelledby': 'h-version' },
        h('h2', { id: 'h-version', tabindex: -1 }, t('plan.versionTitle', { number: v.number, status: t(`status.${v.status}`) })),
        draft ? null : h('p', { class: 'hint' }, t('plan.readOnly')),
        v.setup === 'older' ? h('p', { class: 'warn-box' }, t(draft ? 'plan.olderSetupDraft' : 'plan.olderSetup')) : null,
        h(
          'div',
          { class: 'row actions' },
          publish,
          others.length
            ? h(
                'span',
                { class: 'row' },
                field(t('plan.compareWith'), compareWith),
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () =>
                      attempt(diffPlace, async () => fill(diffPlace, renderDiff(await api('GET', `${base}/versions/${compareWith.value}/diff/${v.number}`)))),
                  },
                  t('plan.compare'),
                ),
              )
            : null,
        ),
        diffPlace,
        h(
          'div',
          { class: 'row exports', role: 'group', 'aria-label': t('plan.exports') },
          h('span', { class: 'label' }, t('plan.exports')),
          FORMATS.map((f) =>
            h(
              'button',
              { type: 'button', class: 'small', onclick: () => get(`${base}/versions/${v.number}/export/${f}`, `grille-v${v.number}.${f}`) },
              t(`export.${f}`),
            ),
          ),
          h(
            'span',
            { class: 'row' },
            field(t('export.zoomRound'), zoomRound),
            h(
              'button',
              {
                type: 'button',
                class: 'small',
                onclick: () => get(`${base}/versions/${v.number}/export/zoom?round=${encodeURIComponent(zoomRound.value)}`, `zoom-${zoomRound.value}.csv`),
              },
              t('export.zoom'),
            ),
          ),
        ),
        feedback,
        renderQuality(instance, v),
        (grid = renderGrid({ instance, version: v, editable: draft, onChange: (change) => adjust(change) })),
      ),
    );
  }
  /** The grid drawn last: a refusal is said beside its target there, and the focus follows a move. */
  let grid = null;

  async function adjust(change) {
    try {
      current = await api('POST', `${base}/versions/${current.number}/adjustments`, { revision: current.revision, ...change });
      versions = await api('GET', `${base}/versions`);
      drawVersions();
      const message = t('plan.adjusted', { share: percent(current.metrics.minGroupShare) });
      drawVersion(h('p', { class: 'ok-box' }, message));
      grid.focusMoved(change.op === 'swap' ? change.with.round : change.to.round, change.from.group);
      announce(message);
    } catch (error) {
      if (error.status === 409 && error.code === 'conflict') {
        await show(current.number);
        const message = t('plan.conflict');
        fill(document.getElementById('adjust-feedback'), h('p', { class: 'error-box', role: 'alert' }, message));
        return announce(message);
      }
      // Refused: the grid stays as it was, and the reason is said beside the cell it was dropped on.
      const reasons = (error.fields.length ? error.fields : [{ message: error.message }]).map((f) => f.message);
      const target = change.op === 'swap' ? change.with : change.to;
      grid.showRefusal(target, `${t('plan.refused')} ${reasons.join(' ')}`);
    }
  }

  function renderDiff(diff) {
    const name = (list, key) => list.find((x) => x.id === key)?.name ?? key;
    const meeting = (m) => `${m.round} · ${name(instance.tables, m.table)} · ${name(instance.experts, m.expert)} — ${name(instance.groups, m.group)}`;
    const part = (key, items, show) =>
      h(
        'div',
        {},
        h('h3', {}, t(`diff.${key}`, { count: items.length })),
        items.length
          ? h(
              'ul',
              {},
              items.map((x) => h('li', {}, show(x))),
            )
          : null,
      );
    return h(
      'section',
      { class: 'card diff', 'aria-label': t('diff.title', diff) },
      h('p', {}, t('diff.title', diff), ' ', t('diff.unchanged', { count: diff.unchanged })),
      part('added', diff.added, meeting),
      part('moved', diff.moved, (m) => `${meeting(m.from)} → ${m.to.round} · ${name(instance.tables, m.to.table)}`),
      part('removed', diff.removed, meeting),
    );
  }

  fill(
    main,
    ...eventHeader(event, '/plan'),
    h(
      'section',
      { 'aria-labelledby': 'h-generate' },
      h('h2', { id: 'h-generate' }, t('plan.generateTitle')),
      h('p', { class: 'hint' }, t('plan.generateHint')),
      generateForm,
      progressPlace,
    ),
    versionsPlace,
    versionPlace,
  );
  drawVersions();
  const running = (await api('GET', `${base}/generations`).catch(() => [])).find((j) => ['queued', 'running'].includes(j.status));
  if (running) follow(running);
  const latest = versions.at(-1);
  if (latest) await show(latest.number);
  focusMain();
}
