// Create an event: its own fields, rounds generated from a timetable in words, tables or video rooms.
import { api } from '../api.js';
import { announce, field, fill, focusMain, h, setFieldError } from '../dom.js';
import { localized, t } from '../i18n.js';
import { navigate } from '../router.js';
import { checkPlan, generateRounds, parseRoundList } from '../rounds.js';
import { tableRows } from '../tables.js';
import { setCrumbs } from './frame.js';

const ZONES = ['Europe/Paris', 'Europe/Brussels', 'Europe/Zurich', 'Europe/Luxembourg', 'America/Montreal', 'Indian/Reunion', 'America/Martinique', 'Pacific/Noumea', 'Europe/London', 'UTC'];

export function renderNewEvent(main) {
  setCrumbs([{ label: t('events.title'), href: '#/' }, { label: t('new.title') }]);
  const today = new Date().toISOString().slice(0, 10);
  const input = (attrs) => h('input', { type: 'text', ...attrs });
  const f = {
    name: input({ name: 'name', required: true, autocomplete: 'off' }),
    date: input({ type: 'date', name: 'date', value: today, required: true }),
    timezone: input({ name: 'timezone', value: 'Europe/Paris', list: 'zones', required: true }),
    location: input({ name: 'location' }),
    organizerName: input({ name: 'organizerName', autocomplete: 'organization' }),
    organizerEmail: input({ type: 'email', name: 'organizerEmail', autocomplete: 'email' }),
    start: input({ type: 'time', name: 'start', value: '09:30' }),
    count: input({ type: 'number', name: 'count', value: 6, min: 1, max: 200 }),
    length: input({ type: 'number', name: 'length', value: 20, min: 1 }),
    change: input({ type: 'number', name: 'change', value: 5, min: 0 }),
    breaksAfter: input({ name: 'breaksAfter', value: '3', inputmode: 'numeric' }),
    breakLength: input({ type: 'number', name: 'breakLength', value: 15, min: 0 }),
    tableCount: input({ type: 'number', name: 'tableCount', value: 4, min: 1, max: 300 }),
    seats: input({ type: 'number', name: 'seats', value: 8, min: 1 }),
  };
  const kind = h('select', { name: 'kind' }, h('option', { value: 'table' }, t('new.kindTable')), h('option', { value: 'video' }, t('new.kindVideo')));
  const roundsPreview = h('ul', { class: 'rounds-preview' });
  const roundsError = h('p', { class: 'field-error', id: 'rounds-error', hidden: true, role: 'alert' });
  const tablesBody = h('tbody');
  const summary = h('div', { id: 'form-errors' });
  let rounds = [];
  const tables = tableRows();

  const plan = () => ({
    date: f.date.value, start: f.start.value, count: Number(f.count.value), length: Number(f.length.value),
    change: Number(f.change.value), breaksAfter: parseRoundList(f.breaksAfter.value), breakLength: Number(f.breakLength.value),
  });
  function updateRounds() {
    const problems = checkPlan(plan());
    for (const name of ['date', 'start', 'count', 'length', 'change', 'breakLength']) setFieldError(f[name], problems.includes(name) ? t('new.invalid') : '');
    rounds = problems.length ? [] : generateRounds(plan());
    fill(roundsPreview, rounds.map((r) => h('li', {}, `${r.id} : ${r.start.slice(11)} – ${r.end.slice(11)}`, r.start.slice(0, 10) !== f.date.value ? ` (${r.start.slice(0, 10)})` : '')));
  }
  function updateTables() {
    tables.resize(Number(f.tableCount.value) || 0, kind.value === 'video' ? t('new.videoName') : t('new.tableName'), Number(f.seats.value) || 1);
    fill(tablesBody, tables.rows.map((row, i) => h('tr', {},
      h('th', { scope: 'row' }, row.id),
      ['name', 'seats', 'location'].map((key) => h('td', {}, h('input', {
        type: key === 'seats' ? 'number' : key === 'location' ? 'url' : 'text', value: row[key] ?? '', min: key === 'seats' ? 1 : undefined,
        id: `tables-${i}-${key}`, 'aria-label': `${t(`new.table.${key}`)} ${row.id}`, 'aria-describedby': `tables-${i}-${key}-error`,
        oninput: (e) => tables.edit(i, key, e.target.value),
      }), h('p', { class: 'field-error', id: `tables-${i}-${key}-error`, hidden: true }))))));
  }
  for (const name of ['date', 'start', 'count', 'length', 'change', 'breaksAfter', 'breakLength']) f[name].addEventListener('input', updateRounds);
  for (const el of [f.tableCount, f.seats, kind]) el.addEventListener('input', updateTables);

  const form = h('form', { class: 'stack', novalidate: true },
    summary,
    h('fieldset', {}, h('legend', {}, t('new.event')),
      h('div', { class: 'grid2' },
        field(t('new.name'), f.name), field(t('new.date'), f.date),
        field(t('new.timezone'), f.timezone, t('new.timezoneHint')), field(t('new.location'), f.location),
        field(t('new.organizerName'), f.organizerName), field(t('new.organizerEmail'), f.organizerEmail, t('new.organizerEmailHint')))),
    h('datalist', { id: 'zones' }, ZONES.map((z) => h('option', { value: z }))),
    h('fieldset', {}, h('legend', {}, t('new.rounds')),
      h('p', { class: 'hint' }, t('new.roundsHint')),
      h('div', { class: 'grid3' },
        field(t('new.start'), f.start), field(t('new.count'), f.count), field(t('new.length'), f.length),
        field(t('new.change'), f.change), field(t('new.breaksAfter'), f.breaksAfter, t('new.breaksAfterHint')), field(t('new.breakLength'), f.breakLength)),
      roundsError,
      h('h2', { class: 'h3' }, t('new.preview')), roundsPreview),
    h('fieldset', {}, h('legend', {}, t('new.tables')),
      h('div', { class: 'grid3' }, field(t('new.kind'), kind), field(t('new.tableCount'), f.tableCount), field(t('new.seats'), f.seats)),
      h('table', { class: 'list compact' },
        h('caption', { class: 'sr-only' }, t('new.tables')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'id'), ['name', 'seats', 'location'].map((k) => h('th', { scope: 'col' }, t(`new.table.${k}`))))),
        tablesBody)),
    h('p', {}, t('new.afterwards')),
    h('button', { type: 'submit', class: 'primary' }, t('new.submit')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const organizer = { name: f.organizerName.value.trim() || undefined, email: f.organizerEmail.value.trim() || undefined };
    const instance = {
      format: 'audition-plan/1',
      event: {
        name: f.name.value.trim(), timezone: f.timezone.value.trim(),
        location: f.location.value.trim() || undefined, organizer: organizer.name || organizer.email ? organizer : undefined,
      },
      rounds, tables: tables.items(), experts: [], groups: [],
    };
    try {
      const created = await api('POST', '/api/events', instance);
      announce(t('new.created', { name: created.summary.name }));
      navigate(`/events/${created.summary.id}`);
    } catch (error) {
      showErrors(error);
    }
  });

  /** Each field's problem next to it, and all of them in a summary at the top that links to them. */
  function showErrors(error) {
    const target = (path) => {
      const table = /^tables\[(\d+)\]\.(\w+)/.exec(path);
      if (table) return document.getElementById(`tables-${table[1]}-${table[2]}`);
      if (path.startsWith('rounds')) return null;
      return { 'event.name': f.name, 'event.timezone': f.timezone, 'event.location': f.location, 'event.organizer.name': f.organizerName, 'event.organizer.email': f.organizerEmail }[path] ?? null;
    };
    for (const el of form.querySelectorAll('[aria-invalid]')) setFieldError(el, '');
    const rounds = [];
    const items = error.fields.map((problem) => {
      const el = target(problem.path);
      if (el) setFieldError(el, localized(problem.message));
      else if (problem.path.startsWith('rounds')) rounds.push(localized(problem.message));
      return h('li', {}, el ? h('a', { href: `#${el.id}`, onclick: (e) => { e.preventDefault(); el.focus(); } }, localized(problem.message)) : localized(problem.message));
    });
    roundsError.textContent = rounds.join(' ; ');
    roundsError.hidden = rounds.length === 0;
    fill(summary, h('div', { class: 'error-box', role: 'alert', tabindex: -1 }, h('p', {}, localized(error.message)), h('ul', {}, items)));
    summary.firstChild.focus();
  }

  fill(main, h('h1', {}, t('new.title')), form);
  updateRounds();
  updateTables();
  focusMain();
}
