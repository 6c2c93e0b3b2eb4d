// The e-mails' links must open where they land. When the service's address is not public
// (PUBLIC_URL unset: http://localhost:3000, or loopback), the screen says so loudly above the
// « Envoyer » button, and the button stays off until the organizer ticks that they send such links
// anyway (a rehearsal on their own machine); the API refuses them otherwise (409 local_links).
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * For the preview's `links` ({ url, public }) and the send button: the warning to show, the flag to
 * send, and `refresh` for a form where the links go only in some choices (`needed`: reminders on).
 */
export function localLinksGuard(links, button, needed = () => true) {
  if (!links || links.public) return { warning: null, confirmed: () => undefined, refresh: () => undefined };
  const off = button.disabled;
  const refresh = () => {
    button.disabled = off || (needed() && !box.checked);
  };
  const box = h('input', { type: 'checkbox', onchange: refresh });
  refresh();
  const warning = h(
    'div',
    { class: 'warn-box', role: 'alert' },
    h('p', {}, h('strong', {}, t('reach.localLinks', { url: links.url }))),
    h('p', {}, t('reach.localLinksFix')),
    h('p', {}, h('label', {}, box, ' ', t('reach.localLinksConfirm', { url: links.url }))),
  );
  return { warning, confirmed: () => box.checked || undefined, refresh };
}
