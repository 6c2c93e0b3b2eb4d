// The confirmation before any publish (grid screen and day screen): what the new version reaches,
// said before it is done — the members' pages that change, the experts affected, the e-mails to
// members and the experts' invitation updates when asked. A modal dialog, by keyboard: Escape or
// « Annuler » cancels. The first publish sends no invitation: they wait for « Envoyer ».
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * Asks; resolves with { notifyMembers, sendInvitations } when confirmed, null when cancelled.
 * `reach` is the API's { memberPages, emails, experts, inForce }; `lines` say more (a delay's rounds and warnings).
 */
export function confirmReach({ title, reach, lines = [], warnings = [], notify = false }) {
  const first = reach.inForce === null;
  const box = h('input', { type: 'checkbox', checked: notify && reach.emails > 0, disabled: first || reach.emails === 0 });
  // On the day an expert's calendar must follow a delay or a replan: ticked unless the organizer unticks it.
  const invite = h('input', { type: 'checkbox', checked: reach.experts > 0, disabled: reach.experts === 0 });
  const ok = h('button', { type: 'submit', class: 'primary', value: 'ok' }, t('publish.confirm'));
  const cancel = h('button', { type: 'button', value: 'cancel' }, t('publish.cancel'));
  const dialog = h(
    'dialog',
    { class: 'confirm', 'aria-labelledby': 'publish-title' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'publish-title' }, title),
      lines.map((line) => h('p', {}, line)),
      warnings.length
        ? h(
            'div',
            { class: 'warn-box', role: 'note' },
            warnings.map((w) => h('p', {}, w)),
          )
        : null,
      h(
        'ul',
        {},
        first
          ? h('li', {}, t('publish.first', { pages: reach.memberPages, experts: reach.experts }))
          : [h('li', {}, t('publish.pages', { count: reach.memberPages })), h('li', {}, t('publish.experts', { count: reach.experts }))],
      ),
      first ? null : h('p', {}, h('label', {}, box, ' ', t('publish.notify', { count: reach.emails }))),
      first ? null : h('p', {}, h('label', {}, invite, ' ', t('publish.invite'))),
      h('p', { class: 'row' }, ok, cancel),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = null;
    cancel.addEventListener('click', () => dialog.close());
    dialog.querySelector('form').addEventListener('submit', () => {
      answer = { notifyMembers: box.checked, sendInvitations: !first && invite.checked };
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    ok.focus();
  });
}

/**
 * Confirms publishing version `number`, then publishes it; resolves with the API's answer, the
 * reach and what became of the experts' invitations (a sentence), or null when cancelled.
 */
export async function publishConfirmed(base, number, { notify = false } = {}) {
  const reach = await api('GET', `${base}/live/reach/${number}`);
  const answer = await confirmReach({ title: t('publish.title', { number }), reach, notify });
  if (!answer) return null;
  const done = await api('POST', `${base}/versions/${number}/publish`, { notifyMembers: answer.notifyMembers });
  return { done, reach, notifyMembers: answer.notifyMembers, invitations: await invitationsAfterPublish(base, answer) };
}

/** What became of the invitations, said; a refusal of their sending is said too, without hiding that the publish was done. */
export function invitationsAfterPublish(base, answer) {
  return sendAfterPublish(base, answer).catch((error) => error.message);
}

/**
 * After a publish: sends what « Diffuser » would send (updates, cancellations, the invitations of
 * an expert new to the grid) when the organizer ticked it, unless no invitation ever went (they
 * wait for « Envoyer ») or the links lead to an address that is not public. Says which.
 */
async function sendAfterPublish(base, { sendInvitations }) {
  const { totals } = await api('GET', `${base}/invitations`);
  if (totals.sent + totals.pending + totals.failed === 0) return t('publish.invitesHeld');
  const preview = await api('GET', `${base}/invitations/preview`);
  const count = preview.messages.length;
  if (!count) return t('publish.invitesNone');
  if (!sendInvitations) return t('publish.invitesKept', { count });
  if (preview.links && !preview.links.public) return t('publish.invitesLocal', { count, url: preview.links.url });
  const sent = await api('POST', `${base}/invitations/send`, { digest: preview.digest });
  return t('publish.invitesSent', { count: sent.enqueued.length });
}
