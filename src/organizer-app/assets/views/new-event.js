// Create an event: its own fields, its sessions (days, half-days) made of rounds from a timetable in words,
// tables or video rooms.
import { api } from '../api.js';
import { announce, field, fill, focusMain, h, setFieldError } from '../dom.js';
import { getLang, t } from '../i18n.js';
import { navigate } from '../router.js';
import { checkSessions, generateSessions, parseRoundList } from '../rounds.js';
import { tableRows } from '../tables.js';
import { clockSpan } from '../wall-time.js';
import { setCrumbs } from './frame.js';

const ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/Luxembourg',
  'America/Montreal',
  'Indian/Reunion',
  'America/Martinique',
  'Pacific/Noumea',
  'Europe/London',
  'UTC',
];

export function renderNewEvent(main) {
  setCrumbs([{ label: t('events.title'), href: '#/' }, { label: t('new.title') }]);
  const today = new Date().toISOString().slice(0, 10);
  const input = (attrs) => h('input', { type: 'text', ...attrs });
  const f = {
    name: input({ name: 'name', required: true, autocomplete: 'off' }),
    timezone: input({ name: 'timezone', value: 'Europe/Paris', list: 'zones', required: true }),
    location: input({ name: 'location' }),
    organizerName: input({ name: 'organizerName', autocomplete: 'organization' }),
    organizerEmail: input({ type: 'email', name: 'organizerEmail', autocomplete: 'email' }),
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

  const sessionsPlace = h('div', { class: 'stack' });
  const sessions = [sessionFields({ date: today, start: '09:30', count: 6, length: 20, change: 5, breaksAfter: '3', breakLength: 15 })];
  function drawSessions() {
    fill(
      sessionsPlace,
      sessions.map((session, i) =>
        session.draw(
          i + 1,
          sessions.length > 1
            ? () => {
                sessions.splice(i, 1);
                drawSessions();
                sessionsPlace.querySelector('input')?.focus();
              }
            : null,
        ),
      ),
    );
    updateRounds();
  }
  const addSession = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const last = sessions[sessions.length - 1].values();
        sessions.push(sessionFields({ ...last, date: nextDay(last.date) }));
        drawSessions();
        sessions[sessions.length - 1].inputs.date.focus();
      },
    },
    t('new.addSession'),
  );
  function updateRounds() {
    const plans = sessions.map((s) => s.plan());
    const problems = checkSessions(plans);
    sessions.forEach((session, i) => session.showProblems(problems[i]));
    rounds = problems.some((p) => p.length) ? [] : generateSessions(plans);
    const dayOf = (wall) =>
      new Date(`${wall.slice(0, 10)}T12:00Z`).toLocaleDateString(getLang() === 'en' ? 'en-GB' : 'fr-FR', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
    fill(
      roundsPreview,
      rounds.map((r, i) =>
        h(
          'li',
          {},
          i === 0 || rounds[i - 1].start.slice(0, 10) !== r.start.slice(0, 10) ? h('strong', { class: 'day' }, dayOf(r.start)) : null,
          `${r.id} : ${clockSpan(r.start, r.end)}`,
          r.end.slice(0, 10) !== r.start.slice(0, 10) ? ` (${dayOf(r.end)})` : '',
        ),
      ),
    );
  }
  /** One session's timetable in words; its inputs keep their values when the list is drawn again. */
  function sessionFields(values) {
    const inputs = {
      date: input({ type: 'date', name: 'date', value: values.date, required: true }),
      start: input({ type: 'time', name: 'start', value: values.start }),
      count: input({ type: 'number', name: 'count', value: values.count, min: 1, max: 200 }),
      length: input({ type: 'number', name: 'length', value: values.length, min: 1 }),
      change: input({ type: 'number', name: 'change', value: values.change, min: 0 }),
      breaksAfter: input({ name: 'breaksAfter', value: values.breaksAfter, inputmode: 'numeric' }),
      breakLength: input({ type: 'number', name: 'breakLength', value: values.breakLength, min: 0 }),
    };
    for (const el of Object.values(inputs)) el.addEventListener('input', updateRounds);
    const overlap = h('p', { class: 'field-error', hidden: true, role: 'alert' }, t('new.overlap'));
    const labels = {
      date: t('new.date'),
      start: t('new.start'),
      count: t('new.count'),
      length: t('new.length'),
      change: t('new.change'),
      breaksAfter: t('new.breaksAfter'),
      breakLength: t('new.breakLength'),
    };
    const fields = Object.entries(inputs).map(([name, el]) => field(labels[name], el, name === 'breaksAfter' ? t('new.breaksAfterHint') : undefined));
    return {
      inputs,
      values: () => Object.fromEntries(Object.entries(inputs).map(([name, el]) => [name, el.value])),
      plan: () => ({
        date: inputs.date.value,
        start: inputs.start.value,
        count: Number(inputs.count.value),
        length: Number(inputs.length.value),
        change: Number(inputs.change.value),
        breaksAfter: parseRoundList(inputs.breaksAfter.value),
        breakLength: Number(inputs.breakLength.value),
      }),
      showProblems(problems) {
        for (const name of ['date', 'start', 'count', 'length', 'change', 'breakLength'])
          setFieldError(inputs[name], problems.includes(name) ? t('new.invalid') : '');
        overlap.hidden = !problems.includes('overlap');
      },
      draw: (n, remove) =>
        h(
          'fieldset',
          { class: 'session' },
          h('legend', {}, t('new.session', { n })),
          h('div', { class: 'grid3' }, fields),
          overlap,
          remove ? h('button', { type: 'button', onclick: remove }, t('new.removeSession', { n })) : null,
        ),
    };
  }
  function updateTables() {
    tables.resize(Number(f.tableCount.value) || 0, kind.value === 'video' ? t('new.videoName') : t('new.tableName'), Number(f.seats.value) || 1);
    fill(
      tablesBody,
      tables.rows.map((row, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.id),
          ['name', 'seats', 'location'].map((key) =>
            h(
              'td',
              {},
              h('input', {
                type: key === 'seats' ? 'number' : key === 'location' ? 'url' : 'text',
                value: row[key] ?? '',
                min: key === 'seats' ? 1 : undefined,
                id: `tables-${i}-${key}`,
                'aria-label': `${t(`new.table.${key}`)} ${row.id}`,
                'aria-describedby': `tables-${i}-${key}-error`,
                oninput: (e) => tables.edit(i, key, e.target.value),
              }),
              h('p', { class: 'field-error', id: `tables-${i}-${key}-error`, hidden: true }),
            ),
          ),
        ),
      ),
    );
  }
  for (const el of [f.tableCount, f.seats, kind]) el.addEventListener('input', updateTables);

  const form = h(
    'form',
    { class: 'stack', novalidate: true },
    summary,
    h(
      'fieldset',
      {},
      h('legend', {}, t('new.event')),
      h(
        'div',
        { class: 'grid2' },
        field(t('new.name'), f.name),
        field(t('new.timezone'), f.timezone, t('new.timezoneHint')),
        field(t('new.location'), f.location),
        field(t('new.organizerName'), f.organizerName),
        field(t('new.organizerEmail'), f.organizerEmail, t('new.organizerEmailHint')),
      ),
    ),
    h(
      'datalist',
      { id: 'zones' },
      ZONES.map((z) => h('option', { value: z })),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('new.sessions')),
      h('p', { class: 'hint' }, t('new.sessionsHint')),
      sessionsPlace,
      addSession,
      roundsError,
      h('h2', { class: 'h3' }, t('new.preview')),
      roundsPreview,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('new.tables')),
      h('div', { class: 'grid3' }, field(t('new.kind'), kind), field(t('new.tableCount'), f.tableCount), field(t('new.seats'), f.seats)),
      h(
        'table',
        { class: 'list compact' },
        h('caption', { class: 'sr-only' }, t('new.tables')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'id'),
            ['name', 'seats', 'location'].map((k) => h('th', { scope: 'col' }, t(`new.table.${k}`))),
          ),
        ),
        tablesBody,
      ),
    ),
    h('p', {}, t('new.afterwards')),
    h('button', { type: 'submit', class: 'primary' }, t('new.submit')),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const organizer = { name: f.organizerName.value.trim() || undefined, email: f.organizerEmail.value.trim() || undefined };
    const instance = {
      format: 'audition-plan/1',
      event: {
        name: f.name.value.trim(),
        timezone: f.timezone.value.trim(),
        location: f.location.value.trim() || undefined,
        organizer: organizer.name || organizer.email ? organizer : undefined,
      },
      rounds,
      tables: tables.items(),
      experts: [],
      groups: [],
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
      return (
        {
          'event.name': f.name,
          'event.timezone': f.timezone,
          'event.location': f.location,
          'event.organizer.name': f.organizerName,
          'event.organizer.email': f.organizerEmail,
        }[path] ?? null
      );
    };
    for (const el of form.querySelectorAll('[aria-invalid]')) setFieldError(el, '');
    const rounds = [];
    const items = error.fields.map((problem) => {
      const el = target(problem.path);
      if (el) setFieldError(el, problem.message);
      else if (problem.path.startsWith('rounds')) rounds.push(problem.message);
      // The summary says where: the field's label (or the path the API named), then what is wrong.
      const where = (el && form.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) || problem.path;
      const text = where ? `${where} — ${problem.message}` : problem.message;
      return h(
        'li',
        {},
        el
          ? h(
              'a',
              {
                href: `#${el.id}`,
                onclick: (e) => {
                  e.preventDefault();
                  el.focus();
                },
              },
              text,
            )
          : text,
      );
    });
    roundsError.textContent = rounds.join(' ; ');
    roundsError.hidden = rounds.length === 0;
    fill(summary, h('div', { class: 'error-box', role: 'alert', tabindex: -1 }, h('p', {}, error.message), h('ul', {}, items)));
    summary.firstChild.focus();
  }

  fill(main, h('h1', {}, t('new.title')), fromFile(), form);
  drawSessions();
  updateTables();
  focusMain();
}

/**
 * Or the whole event from a file in the exchange format (a past year's, or one the command line
 * wrote, docs/format.md): sent as it is, its problems listed by field as the service names them.
 */
function fromFile() {
  const problems = h('div', { id: 'file-problems' });
  const input = h('input', { type: 'file', id: 'event-file', accept: '.json,application/json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    fill(problems);
    let instance;
    try {
      instance = JSON.parse(await file.text());
    } catch {
      return fill(problems, h('div', { class: 'error-box', role: 'alert' }, h('p', {}, t('new.fileNotJson', { file: file.name }))));
    }
    try {
      const created = await api('POST', '/api/events', instance);
      announce(t('new.created', { name: created.summary.name }));
      navigate(`/events/${created.summary.id}`);
    } catch (error) {
      const items = (error.fields ?? []).map((p) => h('li', {}, p.path ? `${p.path} — ${p.message}` : p.message));
      fill(
        problems,
        h('div', { class: 'error-box', role: 'alert' }, h('p', {}, t('new.fileRefused', { file: file.name, why: error.message })), h('ul', {}, items)),
      );
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'from-file-h' },
    h('h2', { id: 'from-file-h' }, t('new.fromFile')),
    h('p', { class: 'hint' }, t('new.fromFileHint')),
    h('label', { for: 'event-file' }, t('new.fileLabel')),
    ' ',
    input,
    problems,
  );
}

/** "2027-01-22" → "2027-01-23" (calendar arithmetic, no zone). */
function nextDay(date) {
  const at = new Date(`${date}T12:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}
