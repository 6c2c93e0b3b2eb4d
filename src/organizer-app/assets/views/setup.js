// Set up an event: its own fields, imports of experts and groups, every list editable in place.
import { api } from '../api.js';
import { fill, focusMain, h } from '../dom.js';
import { t } from '../i18n.js';
import { editable } from './edit-field.js';
import { errorBox, eventHeader, load } from './frame.js';
import { eventChanges } from './event-changes.js';
import { importZone } from './import.js';
import { itemsSection } from './items.js';

const OWN = [{ key: 'name' }, { key: 'timezone' }, { key: 'location' }];
const ORGANIZER = [{ key: 'name' }, { key: 'email', type: 'email' }];
const OPTIONS = () => [
  {
    key: 'objective',
    type: 'select',
    choices: [
      { value: 'fair', label: t('options.objective.fair') },
      { value: 'total', label: t('options.objective.total') },
    ],
  },
  // The placeholders are the format's defaults, what applies while the field is empty.
  { key: 'timeLimitMs', type: 'number', scale: 1000, placeholder: '10' },
  { key: 'minMeetingsPerExpert', type: 'number', placeholder: '1' },
  { key: 'themeMatchWeight', type: 'number', placeholder: '1' },
  { key: 'pauseMinutes', type: 'number', placeholder: '30' },
];

export async function renderSetup(main, { id }) {
  const loaded = await load(main, t('setup.title'), [`/api/events/${id}`, `/api/events/${id}/instance`]);
  if (!loaded) return;
  const [event] = loaded;
  let [, instance] = loaded;
  const lists = h('div', { class: 'stack' });
  const fields = h('div', { class: 'settings' });
  const stale = h('div');
  /**
   * Draws the lists from the stored event. After a refusal the event's own fields too, with the
   * notice; otherwise they keep what is being typed in them.
   */
  async function draw(refused) {
    instance = await api('GET', `/api/events/${id}/instance`);
    fill(stale, refused ? errorBox({ message: t('event.conflict') }) : null);
    if (refused) drawFields();
    drawLists();
    return instance.revision;
  }
  const changes = eventChanges(instance.revision, draw);
  const reload = () => changes.reload();
  const counts = h('span');
  function drawLists() {
    // The summary counts what is stored now: an import or an addition changes it.
    fill(
      counts,
      t('setup.counts', {
        rounds: instance.rounds.length,
        tables: instance.tables.length,
        experts: instance.experts.length,
        groups: instance.groups.length,
        members: instance.groups.reduce((n, g) => n + (g.members?.length ?? 0), 0),
      }),
    );
    fill(
      lists,
      ['rounds', 'tables', 'experts', 'groups'].map((c) =>
        itemsSection(id, c, instance[c] ?? [], reload, changes.send, instance.options?.pauseMinutes, instance.event.timezone),
      ),
    );
  }
  const own = (c) =>
    editable(c, instance.event[c.key], t(`event.${c.key}`), (value) => changes.send('PATCH', `/api/events/${id}`, { [c.key]: value ?? undefined }));
  // The organizer is one object in the format, whose address is required: each change sends the
  // whole object as last saved, and a name typed before any address waits for it, kept on screen.
  let organizerNow = { ...instance.event.organizer };
  const organizerFields = {};
  const organizer = (c) => {
    const field = editable(c, organizerNow[c.key], t(`event.organizer.${c.key}`), (value) => {
      const next = { ...organizerNow, [c.key]: value ?? undefined };
      if (!next.email) {
        organizerNow = next;
        throw Object.assign(new Error(t('event.organizer.nameWaits')), { keep: true });
      }
      return changes.send('PATCH', `/api/events/${id}`, { organizer: next }, () => {
        organizerNow = next;
        // The name that waited is saved now: its notice goes.
        organizerFields.name?.settle();
      });
    });
    organizerFields[c.key] = field;
    return field;
  };
  const option = (c) =>
    editable(c, instance.options?.[c.key] ?? (c.key === 'objective' ? 'fair' : undefined), t(`options.${c.key}`), (value) =>
      changes.send('PATCH', `/api/events/${id}`, { options: { [c.key]: value ?? undefined } }),
    );
  const row = (label, control) => h('div', { class: 'field inline' }, h('span', { class: 'label', 'aria-hidden': 'true' }, label), control);
  const drawFields = () => {
    // Drawn from the stored event (at first, and after a refusal that showed another organizer's work).
    organizerNow = { ...instance.event.organizer };
    fill(
      fields,
      OWN.map((c) => row(t(`event.${c.key}`), own(c))),
      ORGANIZER.map((c) => row(t(`event.organizer.${c.key}`), organizer(c))),
      OPTIONS().map((c) => row(t(`options.${c.key}`), option(c))),
    );
  };

  fill(
    main,
    ...eventHeader(event, ''),
    h('p', { class: 'lead' }, counts, ' ', h('a', { href: `#/events/${id}/plan` }, t('setup.toPlan'))),
    h(
      'section',
      { 'aria-labelledby': 'h-import' },
      h('h2', { id: 'h-import' }, t('setup.import')),
      h('p', { class: 'hint' }, t('setup.importHint')),
      h(
        'div',
        { class: 'grid2' },
        importZone(id, 'experts', changes.send, reload),
        importZone(id, 'groups', changes.send, reload),
        importZone(id, 'wishes', changes.send, reload),
      ),
    ),
    h('details', { class: 'card' }, h('summary', {}, t('setup.eventFields')), fields),
    stale,
    lists,
  );
  drawFields();
  drawLists();
  focusMain();
}
