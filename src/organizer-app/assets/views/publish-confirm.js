// The confirmation before any publish (grid screen and day screen): what the new version reaches,
// said before it is done — the members' pages that change, the experts affected, and the e-mails
// to members when asked. A modal dialog, by keyboard: Escape or « Annuler » cancels.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * Asks; resolves with { notifyMembers } when confirmed, null when cancelled.
 * `reach` is the API's { memberPages, emails, experts, inForce }; `lines` say more (a delay's rounds and warnings).
 */
export function confirmReach({ title, reach, lines = [], warnings = [], notify = false }) {
  const first = reach.inForce === null;
  const box = h('input', { type: 'checkbox', checked: notify && reach.emails > 0, disabled: first || reach.emails === 0 });
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
      h('p', { class: 'row' }, ok, cancel),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = null;
    cancel.addEventListener('click', () => dialog.close());
    dialog.querySelector('form').addEventListener('submit', () => {
      answer = { notifyMembers: box.checked };
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    ok.focus();
  });
}

/** Confirms publishing version `number`, then publishes it; resolves with the API's answer and the reach, or null when cancelled. */
export async function publishConfirmed(base, number, { notify = false } = {}) {
  const reach = await api('GET', `${base}/live/reach/${number}`);
  const answer = await confirmReach({ title: t('publish.title', { number }), reach, notify });
  if (!answer) return null;
  const done = await api('POST', `${base}/versions/${number}/publish`, { notifyMembers: answer.notifyMembers });
  return { done, reach, notifyMembers: answer.notifyMembers };
}
