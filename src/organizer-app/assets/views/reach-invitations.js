// The experts' invitations on the outreach screen: publishing sends nothing; this shows what
// « Envoyer » would send (to whom, invitations, updates, cancellations) and sends exactly that,
// then how each delivery went.
import { api } from '../api.js';
import { announce, fill, h } from '../dom.js';
import { t } from '../i18n.js';
import { attempt } from './frame.js';
import { localLinksGuard } from './reach-address.js';
import { slotIn } from './reach-time.js';

const REASONS = ['new', 'changed', 'restored', 'cancelled', 'addressChanged', 'reorganized'];

export async function drawInvitations(base, place, zone) {
  const [status, preview] = (await attempt(place, () => Promise.all([api('GET', `${base}/invitations`), api('GET', `${base}/invitations/preview`)]))) ?? [];
  if (!status) return;
  const counts = preview.counts;
  const what = REASONS.filter((r) => counts[r])
    .map((r) => t(`reach.count.${r}`, { count: counts[r] }))
    .join(', ');
  const send = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      disabled: counts.total ? undefined : true,
      onclick: async () => {
        const done = await attempt(place, () => api('POST', `${base}/invitations/send`, { digest: preview.digest, confirmLocalLinks: guard.confirmed() }));
        if (!done) return;
        announce(t('reach.sent', { count: done.enqueued.length }));
        drawInvitations(base, place, zone);
      },
    },
    t('reach.send', { count: counts.total }),
  );
  const guard = localLinksGuard(counts.total ? preview.links : null, send);
  const last = (expert) =>
    expert.blocks
      .map((b) => b.lastMessage)
      .filter(Boolean)
      .at(-1);
  fill(
    place,
    h('p', { class: 'hint' }, t('reach.hold')),
    h('p', { role: 'status' }, counts.total ? t('reach.pending', { total: counts.total, experts: counts.experts, what }) : t('reach.nothingPending')),
    counts.total
      ? h(
          'table',
          { class: 'list compact' },
          h('caption', {}, t('reach.previewCaption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['expert', 'email', 'what', 'slot'].map((c) => h('th', { scope: 'col' }, t(`reach.col.${c}`))),
            ),
          ),
          h(
            'tbody',
            {},
            preview.messages.map((m) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, m.name),
                h('td', {}, m.recipient),
                h('td', {}, t(`reach.reason.${m.reason}`)),
                h('td', {}, slotIn(m.start, m.end, zone)),
              ),
            ),
          ),
        )
      : null,
    guard.warning,
    h('p', {}, send),
    h('p', {}, t('invitations.totals', status.totals), status.smtp ? '' : ` ${t('invitations.noSmtp')}`),
    h('p', { class: 'hint' }, t('invitations.sentByKind', status.sentByKind)),
    status.experts?.length
      ? h(
          'table',
          { class: 'list compact' },
          h('caption', {}, t('invitations.caption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['name', 'email', 'blocks', 'delivery'].map((c) => h('th', { scope: 'col' }, t(`invitations.${c}`))),
            ),
          ),
          h(
            'tbody',
            {},
            status.experts.map((e) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, e.name),
                h('td', {}, e.email ?? '—'),
                h('td', {}, String(e.blocks.filter((b) => b.inForce).length)),
                h(
                  'td',
                  {},
                  e.problem || (last(e) ? `${t(`delivery.${last(e).status}`)}${last(e).lastError ? ` — ${last(e).lastError}` : ''}` : t('delivery.none')),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
