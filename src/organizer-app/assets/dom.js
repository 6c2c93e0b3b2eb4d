// Small DOM helpers: build elements, announce to screen readers, move focus after a screen change.

/** h('button', { class: 'x', onclick: f, 'aria-label': '…' }, 'text', child…) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name in el && !name.includes('-') && name !== 'list' && name !== 'form') el[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of an element. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Says something through the polite live region (results of actions, progress ends). */
const SHOWN_MS = 8000;

export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // A new text node after a tick is re-read even when the text repeats.
  setTimeout(() => {
    region.textContent = text;
    region.classList.remove('read');
    const shown = region.firstChild;
    // Seen long enough to read, then out of the way (unless another has replaced it); the text stays.
    setTimeout(() => {
      if (region.firstChild === shown) region.classList.add('read');
    }, SHOWN_MS);
  }, 50);
}

/** After a screen change: the main heading takes focus, so screen readers start there. */
export function focusMain() {
  const heading = document.querySelector('main h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

let ids = 0;
export const uid = (prefix) => `${prefix}-${++ids}`;

/** A labelled form field; `error` gets the API's message for this field. */
export function field(label, input, hint) {
  const id = input.id || (input.id = uid('f'));
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  input.setAttribute('aria-describedby', [hintEl && hintEl.id, error.id].filter(Boolean).join(' '));
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, input, error);
}

/** Shows (or clears, with no message) the error next to an input made by field(). */
export function setFieldError(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  if (!error) return;
  error.textContent = message || '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}
