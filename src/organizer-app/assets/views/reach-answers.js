// The experts' answers (« Je confirme » / « Je ne pourrai pas venir »): the tally per expert, and
// when someone declined (they are marked absent on the day), one tap to « Jour J », where the
// replan is previewed with them marked absent and published with the members told; once the grid
// in force leaves them out, it says so instead.
import { api } from '../api.js';
import { fill, h } from '../dom.js';
import { t } from '../i18n.js';
import { attempt } from './frame.js';
import { wallSpan } from '../wall-time.js';
import { dateTimeIn } from './reach-time.js';

export async function drawAnswers(base, eventId, place, zone) {
  const tally = await attempt(place, () => api('GET', `${base}/confirmations`));
  if (!tally) return;
  const day = `#/events/${eventId}/day`;
  const absent = tally.experts.filter((x) => x.answer === 'no' && x.markedAbsent && !x.inGrid).map((x) => x.name);
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
                h(
                  'td',
                  {},
                  x.session ? t('answers.noSession', { session: wallSpan(x.session.start, x.session.end) }) : t(`answers.${x.answer ?? 'none'}`),
                  !x.markedAbsent
                    ? ''
                    : x.inGrid
                      ? ` — ${t('answers.markedAbsent')} — ${t('answers.inGrid')}`
                      : [` — ${t('answers.markedAbsent')} — `, h('a', { href: day }, t('answers.replanOne', { name: x.name }))],
                ),
                h('td', {}, x.answeredAt ? dateTimeIn(x.answeredAt, zone) : '—'),
              ),
            ),
          ),
        )
      : null,
    absent.length
      ? h(
          'p',
          {},
          h('a', { class: 'button primary', href: day }, t('answers.replan')),
          ' ',
          h('span', { class: 'hint' }, t('answers.replanHint', { names: absent.join(', ') })),
        )
      : null,
  );
}
