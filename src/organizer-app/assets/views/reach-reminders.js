// The members' reminder before each session: off by default; the organizer turns it on and says
// how many hours ahead it goes. Says what it does: who has an address, who stopped them, what went,
// what comes next.
import { api } from '../api.js';
import { announce, fill, h } from '../dom.js';
import { t } from '../i18n.js';
import { attempt } from './frame.js';
import { localLinksGuard } from './reach-address.js';
import { dayTimeIn } from './reach-time.js';

export async function drawReminders(base, zone, place) {
  const s = await attempt(place, () => api('GET', `${base}/member-reminders`));
  if (!s) return;
  const result = h('div');
  const enabled = h('input', { type: 'checkbox', checked: s.enabled, onchange: () => guard.refresh() });
  const lead = h('input', { type: 'number', id: 'reminders-lead', min: 1, max: 72, step: 1, required: true, value: String(s.leadHours) });
  const submit = h('button', { type: 'submit' }, t('reminders.save'));
  // The reminders carry each member's link: on, they are links to the service's address.
  const guard = localLinksGuard(s.links, submit, () => enabled.checked);
  const save = async (event) => {
    event.preventDefault();
    const body = { enabled: enabled.checked, leadHours: Number(lead.value), confirmLocalLinks: enabled.checked ? guard.confirmed() : undefined };
    const done = await attempt(result, () => api('PUT', `${base}/member-reminders`, body));
    if (!done) return announce(result.textContent);
    await drawReminders(base, zone, place);
    announce(t(done.enabled ? 'reminders.savedOn' : 'reminders.savedOff', { hours: done.leadHours }));
  };
  const state = !s.enabled
    ? t('reminders.off')
    : !s.published
      ? t('reminders.notPublished')
      : s.next
        ? t('reminders.next', { coming: s.coming, at: dayTimeIn(s.next.at, zone), count: s.next.count })
        : t('reminders.noneComing');
  fill(
    place,
    h('p', { class: 'hint' }, t('reminders.hint')),
    h(
      'form',
      { onsubmit: save },
      h('p', {}, h('label', {}, enabled, ' ', t('reminders.enable'))),
      h('p', {}, h('label', { for: 'reminders-lead' }, t('reminders.lead')), ' ', lead),
      guard.warning,
      h('p', {}, submit),
    ),
    h('p', { role: 'status' }, state),
    h('p', {}, t('reminders.reach', { withEmail: s.withEmail, members: s.members })),
    h('p', {}, t('reminders.stopped', { stopped: s.stopped })),
    h('p', {}, t('reminders.outbox', s.outbox)),
    result,
  );
}
