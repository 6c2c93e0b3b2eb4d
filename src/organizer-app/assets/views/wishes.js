// Wishes in a group × expert matrix (a digit sets a weight, 1 then 0 makes 10; a click counts up
// 0 → 1 → … → 10 → 0; arrows go from cell to cell), pins and forbidden pairs.
import { api } from '../api.js';
import { announce, field, fill, focusMain, h } from '../dom.js';
import { t } from '../i18n.js';
import { eventChanges } from './event-changes.js';
import { attempt, errorBox, eventHeader, load, removeButton } from './frame.js';
import { nextWeight, typedWeight } from '../weights.js';

export async function renderWishes(main, { id }) {
  const loaded = await load(main, t('tab.wishes'), [`/api/events/${id}`, `/api/events/${id}/instance`]);
  if (!loaded) return;
  const [event] = loaded;
  let [, instance] = loaded;
  const matrixPlace = h('div');
  const pairsPlace = h('div', { class: 'grid2' });
  const status = h('div');
  // The matrix and the pairs, drawn again from the stored event (after a refusal, saying so).
  const changes = eventChanges(instance.revision, async (refused) => {
    instance = await api('GET', `/api/events/${id}/instance`);
    fill(status, refused ? errorBox({ message: t('event.conflict') }) : null);
    drawMatrix();
    drawPairs();
    return instance.revision;
  });
  const reload = () => changes.reload();

  function cell(group, expert) {
    const weightOf = () => group.wishes?.find((w) => w.expert === expert.id)?.weight ?? 0;
    const label = () => t('wishes.cell', { group: group.name, expert: expert.name, weight: weightOf() || t('wishes.none') });
    const button = h(
      'button',
      { type: 'button', class: `weight w${Math.min(weightOf(), 5)}`, 'aria-label': label(), tabindex: -1, 'data-group': group.id, 'data-expert': expert.id },
      weightOf() || '·',
    );
    let lastDigit = { at: 0, weight: -1 };
    button.addEventListener('click', () => setWeight(nextWeight));
    button.addEventListener('keydown', (e) => {
      if (!/^[0-9]$/.test(e.key)) return;
      e.preventDefault();
      const quick = Date.now() - lastDigit.at < 1000;
      const weight = typedWeight(Number(e.key), quick ? lastDigit.weight : -1);
      lastDigit = { at: Date.now(), weight };
      setWeight(() => weight);
    });
    /** `weightFrom(current)`, worked out when the change's turn comes: quick presses on a row each count. */
    async function setWeight(weightFrom) {
      let wishes;
      const saved = await attempt(status, () =>
        changes.send(
          'PATCH',
          `/api/events/${id}/groups/${encodeURIComponent(group.id)}`,
          () => {
            const weight = weightFrom(weightOf());
            wishes = (group.wishes ?? []).filter((w) => w.expert !== expert.id);
            if (weight) wishes.push({ expert: expert.id, weight });
            return { wishes: wishes.length ? wishes : null };
          },
          () => (group.wishes = wishes),
        ),
      );
      if (!saved) return;
      button.className = `weight w${Math.min(weightOf(), 5)}`;
      button.textContent = weightOf() || '·';
      button.setAttribute('aria-label', label());
      announce(label());
    }
    return button;
  }

  function drawMatrix() {
    const { groups, experts } = instance;
    if (!groups.length || !experts.length) return fill(matrixPlace, h('p', {}, t('wishes.empty')));
    fill(
      matrixPlace,
      h(
        'div',
        { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': t('wishes.matrix') },
        h(
          'table',
          { class: 'matrix' },
          h('caption', {}, t('wishes.matrix')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('td'),
              experts.map((e) => h('th', { scope: 'col', title: e.organization ?? '' }, h('span', {}, e.name))),
            ),
          ),
          h(
            'tbody',
            {},
            groups.map((g) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, g.name),
                experts.map((e) => h('td', {}, cell(g, e))),
              ),
            ),
          ),
        ),
      ),
    );
    const first = matrixPlace.querySelector('button.weight');
    if (first) first.tabIndex = 0;
  }
  // One tab stop for the matrix (roving tabindex): arrows go from cell to cell.
  matrixPlace.addEventListener('keydown', (e) => {
    const steps = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
    const td = e.target.closest?.('td');
    if (!td || !steps[e.key]) return;
    const rows = [...matrixPlace.querySelectorAll('tbody tr')];
    const row = rows.indexOf(td.parentElement) + steps[e.key][0];
    const col = [...td.parentElement.children].indexOf(td) + steps[e.key][1];
    const next = rows[row]?.children[col]?.querySelector('button');
    if (!next) return;
    e.preventDefault();
    e.target.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });

  /** Pins (group must meet expert, in a round if given) or forbidden pairs: a form and the list. */
  function pairs(collection) {
    const place = h('div');
    const select = (name, options, optional) =>
      h(
        'select',
        { name },
        optional ? h('option', { value: '' }, t('pairs.anyRound')) : null,
        options.map((o) => h('option', { value: o.id }, o.name ? `${o.name} (${o.id})` : o.id)),
      );
    const group = select('group', instance.groups);
    const expert = select('expert', instance.experts);
    const round = collection === 'pins' ? select('round', instance.rounds, true) : null;
    const nameOf = (list, key) => list.find((x) => x.id === key)?.name ?? key;
    const items = instance[collection] ?? [];
    const form = h(
      'form',
      { class: 'pairs-form' },
      field(t('pairs.group'), group),
      field(t('pairs.expert'), expert),
      round ? field(t('pairs.round'), round) : null,
      h('button', { type: 'submit' }, t(`pairs.add.${collection}`)),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const item = { group: group.value, expert: expert.value, ...(round?.value ? { round: round.value } : {}) };
      if (await attempt(place, () => changes.send('POST', `/api/events/${id}/${collection}`, item))) {
        announce(t('pairs.added'));
        await reload();
      }
    });
    return h(
      'section',
      { 'aria-labelledby': `h-${collection}` },
      h('h2', { id: `h-${collection}` }, t(`pairs.${collection}`)),
      h('p', { class: 'hint' }, t(`pairs.hint.${collection}`)),
      instance.groups.length && instance.experts.length ? form : null,
      place,
      items.length
        ? h(
            'ul',
            { class: 'pairs' },
            items.map((p) => {
              const text = `${nameOf(instance.groups, p.group)} — ${nameOf(instance.experts, p.expert)}${p.round ? ` (${p.round})` : ''}`;
              // Found again by position when its turn comes: a removal sent just before moved the ones after it.
              const at = () => (instance[collection] ?? []).findIndex((q) => q.group === p.group && q.expert === p.expert && q.round === p.round);
              const remove = () =>
                changes.send(
                  'DELETE',
                  () => `/api/events/${id}/${collection}/${at()}`,
                  undefined,
                  (reply) => (instance[collection] = reply.items.map((x) => x.item)),
                );
              return h('li', {}, text, ' ', removeButton(place, text, remove, reload));
            }),
          )
        : h('p', {}, t('pairs.none')),
    );
  }
  const drawPairs = () => fill(pairsPlace, pairs('pins'), pairs('forbidden'));

  fill(main, ...eventHeader(event, '/wishes'), h('p', { class: 'hint' }, t('wishes.hint')), status, matrixPlace, pairsPlace);
  drawMatrix();
  drawPairs();
  focusMain();
}
