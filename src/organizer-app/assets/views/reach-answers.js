// The experts' answers (« Je confirme » / « Je ne pourrai pas venir »): the tally per expert, and
// when someone declined (they are marked absent on the day), a replan without them.
import { api } from '../api.js';
import { announce, fill, h } from '../dom.js';
import { dateTime, t } from '../i18n.js';
import { attempt } from './frame.js';

export async function drawAnswers(base, eventId, place) {
  const tally = await attempt(place, () => api('GET', `${base}/confirmations`));
  if (!tally) return;
  const result = h('div');
  const replan = tally.totals.declined
    ? h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            const draft = await attempt(result, () => api('POST', `${base}/live/replan`, {}));
            if (!draft) return;
            announce(t('answers.replanned', { version: draft.version }));
            fill(
              result,
              h('p', {}, t('answers.replanned', { version: draft.version }), ' ', h('a', { href: `#/events/${eventId}/plan` }, t('answers.openPlan'))),
            );
          },
        },
        t('answers.replan'),
      )
    : null;
  fill(
    place,
    h('p', { role: 'status' }, t('answers.totals', tally.totals)),
    tally.experts.length
      ? h(
          'table',
          { class: 'list compact' },
          h('caption', {}, t('answers.caption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['expert', 'answer', 'when'].map((c) => h('th', { scope: 'col' }, t(`answers.col.${c}`))),
            ),
          ),
          h(
            'tbody',
            {},
            tally.experts.map((x) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, x.name),
                h('td', {}, t(`answers.${x.answer ?? 'none'}`), x.markedAbsent ? ` — ${t('answers.markedAbsent')}` : ''),
                h('td', {}, x.answeredAt ? dateTime(x.answeredAt) : '—'),
              ),
            ),
          ),
        )
      : null,
    replan ? h('p', {}, replan) : null,
    result,
  );
}
