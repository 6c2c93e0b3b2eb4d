// One value edited in place: saved when it changes (PATCH), the API's refusal shown under it.
import { announce, h, uid } from '../dom.js';
import { localized, t } from '../i18n.js';

/** Text → the exchange format's value: '' removes the field (null), lists split on , ; | */
export function parseValue(type, text) {
  const value = text.trim();
  if (value === '') return null;
  if (type === 'number') return Number(value);
  if (type === 'list') return value.split(/\s*[,;|]\s*/).filter(Boolean);
  return value;
}

const show = (type, value) => (value === undefined || value === null ? '' : type === 'list' ? value.join(', ') : String(value));

/**
 * @param {{ key: string, type?: 'text'|'number'|'list'|'email'|'url', label: string }} column
 * @param {(value) => Promise<unknown>} save  throws the ApiError when refused
 */
export function editable(column, value, label, save) {
  const type = column.type ?? 'text';
  const id = uid('edit');
  const error = h('span', { class: 'field-error', id: `${id}-error`, hidden: true });
  const input = h('input', {
    id, value: show(type, value), 'aria-label': label, 'aria-describedby': error.id,
    type: type === 'number' ? 'number' : type === 'email' ? 'email' : 'text', class: `edit ${type}`,
  });
  let saved = input.value;
  input.addEventListener('change', async () => {
    try {
      await save(parseValue(type, input.value));
      saved = input.value;
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      announce(t('edit.saved', { what: label }));
    } catch (e) {
      if (e.shown) return;
      const detail = e.fields?.[0]?.message;
      error.textContent = localized(detail ?? e.message);
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      announce(t('edit.refused', { what: label, why: error.textContent }));
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') input.value = saved;
  });
  return h('span', { class: 'editable' }, input, error);
}
