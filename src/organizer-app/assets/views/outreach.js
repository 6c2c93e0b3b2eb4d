// After publishing: personal links, badge sheets, experts' invitations and their delivery, and the way to the day's screen.
import { api } from '../api.js';
import { announce, fill, focusMain, h } from '../dom.js';
import { t } from '../i18n.js';
import { attempt, eventHeader, load } from './frame.js';
import { drawAnswers } from './reach-answers.js';
import { drawInvitations } from './reach-invitations.js';
import { drawMemberLinks } from './reach-members.js';
import { drawReminders } from './reach-reminders.js';

const SHEETS = [
  ['badges-members', 'sheets.members'],
  ['badges-experts', 'sheets.experts'],
  ['itinerary-cards', 'sheets.itineraries'],
];

/**
 * Opens a sheet in a tab of its own, ready to print. The tab opens at the click (later, browsers
 * block it as a pop-up), then goes to a short-lived print address (a new tab carries no key).
 */
async function openSheet(base, sheet) {
  const tab = window.open('', '_blank');
  try {
    const { url } = await api('POST', `${base}/print/${sheet}`);
    if (!tab) return location.assign(url);
    tab.opener = null;
    tab.location.href = url;
    announce(t('sheets.opened'));
  } catch (error) {
    tab?.close();
    throw error;
  }
}

export async function renderOutreach(main, { id }) {
  const [event] = (await load(main, t('tab.share'), [`/api/events/${id}`])) ?? [];
  if (!event) return;
  const base = `/api/events/${id}`;
  const section = (key, ...content) => h('section', { 'aria-labelledby': `h-${key}` }, h('h2', { id: `h-${key}` }, t(`share.${key}`)), ...content);
  const sheetsPlace = h('div');
  const linksPlace = h('div');
  const invitationsPlace = h('div');
  const answersPlace = h('div');
  const membersPlace = h('div');
  const remindersPlace = h('div');

  fill(
    main,
    ...eventHeader(event, '/share'),
    section(
      'sheets',
      h('p', { class: 'hint' }, t('sheets.hint')),
      h(
        'div',
        { class: 'row' },
        SHEETS.map(([sheet, key]) => h('button', { type: 'button', onclick: () => attempt(sheetsPlace, () => openSheet(base, sheet)) }, t(key))),
      ),
      sheetsPlace,
    ),
    section('invitations', invitationsPlace),
    section('answers', answersPlace),
    section('members', membersPlace),
    section('reminders', remindersPlace),
    section('live', h('p', {}, h('a', { href: `#/events/${id}/day` }, t('share.openDay')))),
    section('links', linksPlace),
  );

  drawLinks(base, linksPlace);
  drawInvitations(base, invitationsPlace, event.timezone);
  drawAnswers(base, id, answersPlace, event.timezone);
  drawMemberLinks(base, membersPlace);
  drawReminders(base, event.timezone, remindersPlace);
  focusMain();
}

async function drawLinks(base, place) {
  const links = await attempt(place, () => api('GET', `${base}/links`));
  if (!links) return;
  if (!links.length) return fill(place, h('p', {}, t('links.none')));
  fill(
    place,
    h(
      'div',
      { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': t('share.links') },
      h(
        'table',
        { class: 'list compact' },
        h('caption', { class: 'sr-only' }, t('share.links')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['kind', 'name', 'url'].map((c) => h('th', { scope: 'col' }, t(`links.${c}`))),
            h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('items.actions'))),
          ),
        ),
        h(
          'tbody',
          {},
          links.map((l) =>
            h(
              'tr',
              {},
              h('td', {}, t(`links.kind.${l.kind}`)),
              h('th', { scope: 'row' }, l.name),
              h('td', {}, h('a', { href: l.url, target: '_blank', rel: 'noopener' }, l.url)),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small',
                    'aria-label': t('links.reissueOne', { name: l.name }),
                    onclick: async () => {
                      if (await attempt(place, () => api('POST', `${base}/links/${l.kind}/${encodeURIComponent(l.key)}/reissue`))) {
                        announce(t('links.reissued', { name: l.name }));
                        drawLinks(base, place);
                      }
                    },
                  },
                  t('links.reissue'),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
