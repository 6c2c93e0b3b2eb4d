// « Envoyer les liens »: each member's personal link by e-mail, once, after a preview and a test
// to the organizer's own address; the same list as a CSV for a mail merge or an SMS tool.
import { api, download } from '../api.js';
import { announce, fill, h } from '../dom.js';
import { getLang, t } from '../i18n.js';
import { attempt } from './frame.js';
import { localLinksGuard } from './reach-address.js';

export async function drawMemberLinks(base, place) {
  const p = await attempt(place, () => api('GET', `${base}/member-links/preview`));
  if (!p) return;
  const result = h('div');
  const act = async (run) => {
    const done = await attempt(result, run);
    if (done) drawMemberLinks(base, place).then(() => announce(done));
  };
  const send = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      disabled: p.recipients.length ? undefined : true,
      onclick: () =>
        act(async () => t('members.sent', await api('POST', `${base}/member-links/send`, { digest: p.digest, confirmLocalLinks: guard.confirmed() }))),
    },
    t('members.send', { count: p.recipients.length }),
  );
  // The test goes to the organizer, who sees where its link leads: only the sending is held.
  const guard = localLinksGuard(p.recipients.length ? p.links : null, send);
  fill(
    place,
    h(
      'p',
      { role: 'status' },
      t('members.summary', { members: p.members, toSend: p.recipients.length, already: p.alreadySent, without: p.withoutEmail.length }),
    ),
    p.withoutEmail.length
      ? h(
          'details',
          {},
          h('summary', {}, t('members.without', { count: p.withoutEmail.length })),
          h(
            'ul',
            {},
            p.withoutEmail.map((m) => h('li', {}, `${m.name} (${m.group})`)),
          ),
        )
      : null,
    p.sample
      ? h(
          'details',
          {},
          h('summary', {}, t('members.sample')),
          h(
            'div',
            { class: 'mail' },
            [p.sample.subject, '', ...p.sample.body.split('\n')].map((line) => h('p', {}, line)),
          ),
        )
      : null,
    guard.warning,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          disabled: p.organizer && p.members > p.withoutEmail.length ? undefined : true,
          onclick: () => act(async () => t('members.tested', await api('POST', `${base}/member-links/test`))),
        },
        t('members.test'),
      ),
      send,
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            attempt(result, async () =>
              announce(t('plan.downloaded', { file: await download(`${base}/member-links/csv?lang=${getLang()}`, 'liens-membres.csv') })),
            ),
        },
        t('members.csv'),
      ),
    ),
    h('p', {}, t('members.outbox', p.outbox)),
    result,
  );
}
