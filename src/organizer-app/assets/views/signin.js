// Sign in: the organizer key, checked against the API before anything else is shown.
import { api, clearKey, setKey } from '../api.js';
import { field, fill, focusMain, h, setFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { resolve } from '../router.js';

export function renderSignIn(main, message, onSignedIn) {
  document.title = `${t('signin.title')} — Carrousel`;
  const input = h('input', { type: 'password', name: 'key', autocomplete: 'current-password', required: true, spellcheck: false });
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true },
    field(t('signin.key'), input, t('signin.hint')),
    h('button', { type: 'submit', class: 'primary' }, t('signin.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (!key) return setFieldError(input, t('signin.empty'));
    setKey(key);
    try {
      await api('GET', '/api/events');
      onSignedIn?.();
      resolve();
    } catch (error) {
      // A refused key already brought this screen back with the API's message (api.js).
      if (error.status === 401) return;
      clearKey();
      setFieldError(input, error.message);
      input.focus();
    }
  });
  fill(main, h('h1', {}, t('signin.title')), h('p', {}, t('signin.intro')), form);
  focusMain();
  if (message) {
    setFieldError(input, message);
    input.focus();
  }
}
