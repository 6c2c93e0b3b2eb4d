// What every screen shares: the breadcrumbs, the title, an event's tabs, error display, and the
// buttons that add to a list or remove from it.
import { api } from '../api.js';
import { announce, fill, focusMain, h } from '../dom.js';
import { t } from '../i18n.js';

/** crumbs([{ label, href }…]): the last one is the current page. */
export function setCrumbs(items) {
  const list = h(
    'ol',
    {},
    items.map((item, i) => h('li', {}, i === items.length - 1 ? h('span', { 'aria-current': 'page' }, item.label) : h('a', { href: item.href }, item.label))),
  );
  fill(document.getElementById('crumbs'), list);
  document.title = `${items[items.length - 1].label} — Carrousel`;
}

const TABS = [
  ['', 'tab.setup'],
  ['/wishes', 'tab.wishes'],
  ['/plan', 'tab.plan'],
  ['/share', 'tab.share'],
  ['/day', 'tab.day'],
];

/** The event's heading and its five steps (setup, wishes, grid, share, the day). */
export function eventHeader(event, active) {
  const tab = TABS.find(([suffix]) => suffix === active);
  setCrumbs([{ label: t('events.title'), href: '#/' }, { label: event.name, href: `#/events/${event.id}` }, { label: t(tab[1]) }]);
  return [
    h('h1', {}, event.name, h('span', { class: 'subtitle' }, ` — ${t(tab[1])}`)),
    h(
      'nav',
      { class: 'tabs', 'aria-label': t('tab.label') },
      h(
        'ul',
        {},
        TABS.map(([suffix, key]) =>
          h('li', {}, h('a', { href: `#/events/${event.id}${suffix}`, 'aria-current': suffix === active ? 'page' : undefined }, t(key))),
        ),
      ),
    ),
  ];
}

/** An error of the API as a block for the page: the message, then each field's problem. */
export function errorBox(error) {
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('p', {}, error.message),
    error.fields?.length
      ? h(
          'ul',
          {},
          error.fields.map((f) => h('li', {}, f.path ? h('code', {}, f.path) : null, ' ', f.message)),
        )
      : null,
  );
}

/** Runs an action, showing its error (if any) in `place`; returns the result or undefined. */
export async function attempt(place, action) {
  fill(place);
  try {
    return await action();
  } catch (error) {
    if (!error.shown) fill(place, errorBox(error));
    return undefined;
  }
}

/** A list's « Supprimer » button for `name`: runs `remove` (an API call), shows a refusal in `place`, says what went, then `then`. */
export function removeButton(place, name, remove, then) {
  return h(
    'button',
    {
      type: 'button',
      class: 'small danger',
      'aria-label': t('items.removeOne', { name }),
      onclick: async () => {
        if (await attempt(place, remove)) {
          announce(t('items.removed', { name }));
          await then();
        }
      },
    },
    t('items.remove'),
  );
}

/** A list's « Ajouter » button: runs `add` (an API call), shows a refusal in `place`, says it is done, then `then`. */
export function addButton(place, label, add, then) {
  return h(
    'button',
    {
      type: 'button',
      class: 'small',
      onclick: async () => {
        if (await attempt(place, add)) {
          announce(t('items.added'));
          await then();
        }
      },
    },
    label,
  );
}

/** GETs what a screen needs; on failure the screen shows the error under its title and gets undefined. */
export async function load(main, title, paths) {
  try {
    return await Promise.all(paths.map((path) => api('GET', path)));
  } catch (error) {
    fill(main, h('h1', {}, title), errorBox(error));
    focusMain();
    return undefined;
  }
}
