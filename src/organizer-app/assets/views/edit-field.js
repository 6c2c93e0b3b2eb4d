// One value edited in place: saved when it changes (PATCH), the API's refusal shown under it.
import { announce, h, uid } from '../dom.js';
import { t } from '../i18n.js';

/**
 * Text → the exchange format's value: '' removes the field (null), lists split on , ; |, numbers
 * times `scale` (a time limit typed in seconds is stored in milliseconds).
 */
export function parseValue(type, text, scale = 1) {
  const value = text.trim();
  if (value === '') return null;
  if (type === 'number') return Number(value.replace(',', '.')) * scale;
  if (type === 'list') return value.split(/\s*[,;|]\s*/).filter(Boolean);
  return value;
}

const show = (type, value, scale = 1) =>
  value === undefined || value === null ? '' : type === 'list' ? value.join(', ') : type === 'number' ? String(value / scale) : String(value);

/**
 * @param {{ key: string, type?: 'text'|'number'|'list'|'email'|'url'|'select', scale?: number,
 *           choices?: { value: string, label: string }[], placeholder?: string }} column
 * @param {(value) => Promise<unknown>} save  throws the ApiError when refused
 */
export function editable(column, value, label, save) {
  const type = column.type ?? 'text';
  const id = uid('edit');
  const error = h('span', { class: 'field-error', id: `${id}-error`, hidden: true });
  const attrs = { id, 'aria-label': label, 'aria-describedby': error.id, class: `edit ${type}`, placeholder: column.placeholder };
  const input =
    type === 'select'
      ? h(
          'select',
          attrs,
          (column.choices ?? []).map((c) => h('option', { value: c.value }, c.label)),
        )
      : h('input', { ...attrs, type: type === 'number' ? 'number' : type === 'email' ? 'email' : 'text', step: type === 'number' ? 'any' : undefined });
  input.value = show(type, value, column.scale);
  let saved = input.value;
  input.addEventListener('change', async () => {
    try {
      await save(type === 'select' ? input.value : parseValue(type, input.value, column.scale));
      saved = input.value;
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      announce(t('edit.saved', { what: label }));
    } catch (e) {
      if (e.shown) return;
      const detail = e.fields?.[0]?.message;
      error.textContent = detail ?? e.message;
      error.hidden = false;
      // The screen shows what is stored, never a refused value that looks saved (unless it waits
      // for another field, and says so).
      if (!e.keep) input.value = saved;
      input.setAttribute('aria-invalid', 'true');
      announce(t('edit.refused', { what: label, why: error.textContent }));
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') input.value = saved;
  });
  // `settle()`: the value now stands, saved with another field (an organizer's name with her address).
  const settle = () => {
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    saved = input.value;
  };
  return Object.assign(h('span', { class: 'editable' }, input, error), { settle });
}
