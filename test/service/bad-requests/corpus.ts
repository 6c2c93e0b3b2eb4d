/**
 * The bad requests the service must refuse with a 4xx naming the field, in French and in English
 * (run by bad-requests.e2e.spec.ts). Kept as tables: every route that reads a body gets the same
 * malformed bodies (too deep, unreadable, not an object, out-of-range numbers, oversized or
 * unclean texts, too many items), then each route gets what is wrong in its own fields. Paths hold
 * `{event}`, `{n}` (a draft version) and `{token}` (a member's link), filled in by the spec.
 */
import smallSample from '../../../samples/small-1.json';

export interface BadRequest {
  /** What is wrong, for the failure message. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Sent as JSON; a string in `raw` is sent as it is, with `type`. */
  body?: unknown;
  raw?: string;
  type?: string;
  headers?: Record<string, string>;
  /** The field the refusal must name (`fields[].path`). */
  field: string;
}

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const instance = (): Json => clone(smallSample) as Json;

/** A body whose field at `path` (dots and [i]) is `value`. */
function withValue(base: Json, path: string, value: unknown): Json {
  const copy = clone(base);
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let at: any = copy;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys[keys.length - 1]] = value;
  return copy;
}

/** The JSON of `base` with `path` set to a number JSON.stringify cannot write (1e400 and the like). */
function withRawNumber(base: Json, path: string, literal: string): string {
  const marker = '__RAW_NUMBER__';
  return JSON.stringify(withValue(base, path, marker)).replace(`"${marker}"`, literal);
}

const long = (n: number) => 'x'.repeat(n);
const nested = (depth: number) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`;

interface BodyRoute {
  method: BadRequest['method'];
  path: string;
  /** A body the route would take. */
  base: Json;
  /** Whether an unknown field is refused (a DTO); the exchange format allows extra fields. */
  strict: boolean;
}

const ITEMS: Record<string, Json> = {
  rounds: { id: 'r9', start: '2027-01-23T15:00', end: '2027-01-23T15:20' },
  tables: { id: 't9', name: 'Table 9', seats: 4 },
  experts: { id: 'e9', name: 'Inès Moreau', themes: ['santé'] },
  groups: { id: 'g9', name: 'Groupe 9', size: 4 },
  pins: { group: 'g1', expert: 'e1', round: 'r2' },
  forbidden: { group: 'g2', expert: 'e2' },
};
const ITEM_KEYS: Record<string, string> = { rounds: 'r1', tables: 't1', experts: 'e1', groups: 'g1', pins: '0', forbidden: '0' };

const BODY_ROUTES: BodyRoute[] = [
  { method: 'POST', path: '/api/events', base: instance(), strict: false },
  { method: 'PUT', path: '/api/events/{event}/instance', base: instance(), strict: false },
  { method: 'PATCH', path: '/api/events/{event}', base: { name: 'Auditions' }, strict: true },
  ...Object.entries(ITEMS).map(([list, item]): BodyRoute => ({ method: 'POST', path: `/api/events/{event}/${list}`, base: item, strict: false })),
  ...Object.entries(ITEM_KEYS).map(([list, key]): BodyRoute => ({ method: 'PATCH', path: `/api/events/{event}/${list}/${key}`, base: {}, strict: false })),
  { method: 'POST', path: '/api/events/{event}/versions', base: {}, strict: false },
  {
    method: 'POST',
    path: '/api/events/{event}/versions/{n}/adjustments',
    base: { revision: 1, op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1', table: 't2' } },
    strict: true,
  },
  { method: 'POST', path: '/api/events/{event}/versions/{n}/publish', base: {}, strict: true },
  { method: 'POST', path: '/api/events/{event}/generations', base: { timeLimitMs: 1000 }, strict: true },
  { method: 'POST', path: '/api/events/{event}/live/delays', base: { fromRound: 'r2', minutes: 10 }, strict: true },
  { method: 'POST', path: '/api/events/{event}/live/dropped-rounds', base: { fromRound: 'r4' }, strict: true },
  { method: 'POST', path: '/api/events/{event}/live/marks', base: { kind: 'expert', key: 'e1', status: 'absent' }, strict: true },
  { method: 'POST', path: '/api/events/{event}/live/replan', base: {}, strict: true },
  { method: 'POST', path: '/m/{token}/questions', base: { expert: 'e1', text: 'Bonjour ?' }, strict: true },
  { method: 'POST', path: '/api/events/{event}/invitations/send', base: {}, strict: true },
  { method: 'POST', path: '/api/events/{event}/member-links/send', base: {}, strict: true },
];

/** Routes that read no body: what cannot even be read as JSON is still refused, before the route runs. */
const NO_BODY_ROUTES: Array<[BadRequest['method'], string]> = [
  ['POST', '/api/events/{event}/versions/{n}/copy'],
  ['POST', '/api/events/{event}/member-links/test'],
  ['POST', '/api/events/{event}/links/member/g1m1/reissue'],
  ['DELETE', '/api/events/{event}/generations/00000000-0000-4000-8000-000000000000'],
  ['DELETE', '/api/events/{event}/live/marks/00000000-0000-4000-8000-000000000000'],
];

const JSON_TYPE = 'application/json';

/** Bodies that cannot be read as JSON at all, refused on any route. */
function unreadable(method: BadRequest['method'], path: string): BadRequest[] {
  const at = (name: string, raw: string): BadRequest => ({ name: `${method} ${path}: ${name}`, method, path, raw, type: JSON_TYPE, field: 'body' });
  return [
    at('nested 40 levels', nested(40)),
    at('nested 100,000 levels', '['.repeat(100_000)),
    at('unreadable JSON', '{nope'),
    at('a trailing comma', '{"a":1,}'),
    at('cut short', '{"a":'),
  ];
}

/** The same malformed bodies for every route that reads one. */
function malformed(route: BodyRoute): BadRequest[] {
  const at = (name: string, rest: Omit<BadRequest, 'name' | 'method' | 'path'>): BadRequest => ({
    name: `${route.method} ${route.path}: ${name}`,
    method: route.method,
    path: route.path,
    ...rest,
  });
  const json = JSON_TYPE;
  return [
    ...unreadable(route.method, route.path),
    at('a list, not an object', { raw: '[]', type: json, field: 'body' }),
    at('a text, not an object', { raw: '"x"', type: json, field: 'body' }),
    at('null', { raw: 'null', type: json, field: 'body' }),
    at('a number', { raw: '42', type: json, field: 'body' }),
    at('a 20,000-character extra text', { body: { ...route.base, extra: long(20_000) }, field: 'extra' }),
    at('an extra number 1e400', { raw: withRawNumber({ ...route.base, extra: 0 }, 'extra', '1e400'), type: json, field: 'extra' }),
    at('an extra number -1e400', { raw: withRawNumber({ ...route.base, extra: 0 }, 'extra', '-1e400'), type: json, field: 'extra' }),
    at('an extra number past any stored integer', { body: { ...route.base, extra: 2 ** 40 }, field: 'extra' }),
    at('an extra list of 20,001 items', { body: { ...route.base, extra: Array.from({ length: 20_001 }, () => 0) }, field: 'extra' }),
    at('an extra object of 1,001 keys', {
      body: { ...route.base, extra: Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, 0])) },
      field: 'extra',
    }),
    at('a control character in an extra text', { body: { ...route.base, extra: 'a\u0001b' }, field: 'extra' }),
    at('an extra name with a right-to-left override', { body: { ...route.base, name: 'Jean\u202Eenuod' }, field: 'name' }),
    at('an extra id with a zero-width space', { body: { ...route.base, id: 'e\u200B1' }, field: 'id' }),
    ...(route.strict ? [at('an unknown field', { body: { ...route.base, colour: 'red' }, field: 'colour' })] : []),
  ];
}

const INSTANCE_CASES: Array<[string, string, unknown]> = [
  ['seats 1e400', 'tables[0].seats', '1e400'],
  ['seats -1e400', 'tables[0].seats', '-1e400'],
  ['size 1e400', 'groups[0].size', '1e400'],
  ['maxMeetings 1e400', 'experts[0].maxMeetings', '1e400'],
  ['maxConsecutive 1e400', 'experts[0].maxConsecutive', '1e400'],
  ['maxGroupsPerRound 1e400', 'experts[0].maxGroupsPerRound', '1e400'],
  ['options.seed 1e400', 'options.seed', '1e400'],
  ['options.timeLimitMs 1e400', 'options.timeLimitMs', '1e400'],
  ['options.minMeetingsPerExpert 1e400', 'options.minMeetingsPerExpert', '1e400'],
  ['a wish weight 1e400', 'groups[0].wishes[0].weight', '1e400'],
];

const INSTANCE_VALUES: Array<[string, string, unknown]> = [
  ['seats 1e300', 'tables[0].seats', 1e300],
  ['seats 1,001', 'tables[0].seats', 1_001],
  ['size 1,001', 'groups[0].size', 1_001],
  ['maxMeetings 5,000', 'experts[0].maxMeetings', 5_000],
  ['timeLimitMs 600,001', 'options.timeLimitMs', 600_001],
  ['seats -1', 'tables[0].seats', -1],
  ['seats 2.5', 'tables[0].seats', 2.5],
  ['seats as text', 'tables[0].seats', 'six'],
  ['a 201-character event name', 'event.name', long(201)],
  ['a 1 MB event name', 'event.name', long(1_000_000)],
  ['a 201-character expert name', 'experts[0].name', long(201)],
  ['an expert name with a line break', 'experts[0].name', 'Olivier\nGautier'],
  ['an expert name with a right-to-left override', 'experts[0].name', 'Olivier \u202EreituaG'],
  ['an expert name with a left-to-right isolate', 'experts[0].name', 'Olivier \u2066Gautier'],
  ['an expert name with a zero-width joiner', 'experts[0].name', 'Oli\u200Dvier'],
  ['an expert name with a BOM', 'experts[0].name', '\uFEFFOlivier'],
  ['an expert name with a bell', 'experts[0].name', 'Olivier\u0007'],
  ['an expert id with a zero-width space', 'experts[0].id', 'e\u200B1'],
  ['an expert id in Cyrillic letters', 'experts[0].id', '\u04351'],
  ['an expert id with a space', 'experts[0].id', 'e 1'],
  ['an expert id of 101 characters', 'experts[0].id', long(101)],
  ['a group id with a right-to-left mark', 'groups[0].id', 'g\u200F1'],
  ['a round id in Greek letters', 'rounds[0].id', '\u03C11'],
  ['a pin naming an expert with a zero-width space', 'pins[0].expert', 'e\u200B3'],
  ['a wish naming an expert with a BOM', 'groups[0].wishes[0].expert', '\uFEFFe1'],
  ['an expert round with a bidi override', 'experts[0].rounds[0]', 'r\u202E1'],
  ['51 themes', 'experts[0].themes', Array.from({ length: 51 }, (_, i) => `thème ${i}`)],
  ['100,000 themes', 'groups[0].themes', Array.from({ length: 100_000 }, () => 'santé')],
  ['a theme of 201 characters', 'experts[0].themes[0]', long(201)],
  ['a table location of 501 characters', 'tables[0].location', long(501)],
  ['a timezone of 65 characters', 'event.timezone', long(65)],
  ['an e-mail of 255 characters', 'experts[0].email', `${long(243)}@example.org`],
  ['a member name with a control character', 'groups[0].members[0].name', 'Patrick\u0000Lambert'],
  ['a phone of 41 characters', 'groups[0].members[0].phone', '0'.repeat(41)],
  ['a round starting in year 0000', 'rounds[0].start', '0000-01-23T10:00'],
  ['a round starting on 30 February', 'rounds[0].start', '2027-02-30T10:00'],
  ['a round ending at 24:00', 'rounds[0].end', '2027-01-23T24:00'],
  ['a round ending in year 9999', 'rounds[0].end', '9999-01-23T10:20'],
  ['an unknown expert in a wish', 'groups[0].wishes[0].expert', 'e99'],
  ['an organizer name of 201 characters', 'event.organizer.name', long(201)],
];

function instanceCases(method: 'POST' | 'PUT', path: string): BadRequest[] {
  return [
    ...INSTANCE_CASES.map(([name, field, literal]): BadRequest => ({
      name: `${method} ${path}: ${name}`,
      method,
      path,
      raw: withRawNumber(instance(), field, String(literal)),
      type: 'application/json',
      field,
    })),
    ...INSTANCE_VALUES.map(([name, field, value]): BadRequest => ({
      name: `${method} ${path}: ${name}`,
      method,
      path,
      body: withValue(instance(), field, value),
      field,
    })),
  ];
}

/** Route, body and the field it must name. */
type Case = [BadRequest['method'], string, Json | string, string];

const FIELD_CASES: Case[] = [
  ['PATCH', '/api/events/{event}', { name: '' }, 'name'],
  ['PATCH', '/api/events/{event}', { name: long(201) }, 'name'],
  ['PATCH', '/api/events/{event}', { name: 7 }, 'name'],
  ['PATCH', '/api/events/{event}', { name: 'Auditions\u202E' }, 'name'],
  ['PATCH', '/api/events/{event}', { timezone: long(65) }, 'timezone'],
  ['PATCH', '/api/events/{event}', { location: long(501) }, 'location'],
  ['PATCH', '/api/events/{event}', { organizer: 'Mairie' }, 'organizer'],
  ['PATCH', '/api/events/{event}', { organizer: { name: 'Mairie', email: 'mairie@' } }, 'organizer.email'],
  ['PATCH', '/api/events/{event}', { organizer: { name: 'Mairie' } }, 'organizer.email'],
  ['PATCH', '/api/events/{event}', { options: { seed: 'un' } }, 'options.seed'],
  ['PATCH', '/api/events/{event}', { options: { seed: -1 } }, 'options.seed'],
  ['PATCH', '/api/events/{event}', withRawNumber({ options: { seed: 0 } }, 'options.seed', '1e400'), 'options.seed'],
  ['PATCH', '/api/events/{event}', withRawNumber({ options: { timeLimitMs: 0 } }, 'options.timeLimitMs', '1e400'), 'options.timeLimitMs'],
  ['PATCH', '/api/events/{event}', { options: { timeLimitMs: 50 } }, 'options.timeLimitMs'],
  ['PATCH', '/api/events/{event}', { options: { timeLimitMs: 600_001 } }, 'options.timeLimitMs'],
  ['PATCH', '/api/events/{event}', { options: { themeMatchWeight: 11 } }, 'options.themeMatchWeight'],
  ['PATCH', '/api/events/{event}', { options: { minMeetingsPerExpert: 1.5 } }, 'options.minMeetingsPerExpert'],
  ['PATCH', '/api/events/{event}', { options: { objective: 'best' } }, 'options.objective'],
  ['PATCH', '/api/events/{event}', { options: { colour: 'red' } }, 'options.colour'],
  ['PATCH', '/api/events/{event}', { options: 'fast' }, 'options'],
  ['POST', '/api/events/{event}/tables', withRawNumber(ITEMS.tables, 'seats', '1e400'), 'seats'],
  ['POST', '/api/events/{event}/tables', { ...ITEMS.tables, seats: 1e300 }, 'seats'],
  ['POST', '/api/events/{event}/tables', { ...ITEMS.tables, location: long(501) }, 'location'],
  ['POST', '/api/events/{event}/experts', { ...ITEMS.experts, id: 'e\u200B9' }, 'id'],
  ['POST', '/api/events/{event}/experts', { ...ITEMS.experts, id: '\u04359' }, 'id'],
  ['POST', '/api/events/{event}/experts', { ...ITEMS.experts, name: 'Inès \u202EuaeroM' }, 'name'],
  ['POST', '/api/events/{event}/experts', { ...ITEMS.experts, name: long(201) }, 'name'],
  ['POST', '/api/events/{event}/experts', { ...ITEMS.experts, themes: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'themes'],
  ['POST', '/api/events/{event}/experts', withRawNumber(ITEMS.experts, 'maxMeetings', '1e400'), 'maxMeetings'],
  ['POST', '/api/events/{event}/experts', withRawNumber(ITEMS.experts, 'maxConsecutive', '1e400'), 'maxConsecutive'],
  ['POST', '/api/events/{event}/groups', withRawNumber(ITEMS.groups, 'size', '1e400'), 'size'],
  ['POST', '/api/events/{event}/groups', { ...ITEMS.groups, members: [{ id: 'm99', name: 'A\u0000B' }] }, 'members[0].name'],
  ['POST', '/api/events/{event}/rounds', { ...ITEMS.rounds, start: '0000-01-23T15:00' }, 'start'],
  ['POST', '/api/events/{event}/rounds', { ...ITEMS.rounds, end: '2027-13-01T15:20' }, 'end'],
  ['POST', '/api/events/{event}/pins', { ...ITEMS.pins, round: 'r\u200D2' }, 'round'],
  ['POST', '/api/events/{event}/forbidden', { ...ITEMS.forbidden, expert: long(101) }, 'expert'],
  ['PATCH', '/api/events/{event}/experts/e1', withRawNumber({ maxMeetings: 0 }, 'maxMeetings', '1e400'), 'maxMeetings'],
  ['PATCH', '/api/events/{event}/experts/e1', { maxMeetings: 5_000 }, 'maxMeetings'],
  ['PATCH', '/api/events/{event}/experts/e1', { name: 'Olivier\u2067' }, 'name'],
  ['PATCH', '/api/events/{event}/groups/g1', withRawNumber({ size: 0 }, 'size', '1e400'), 'size'],
  ['PATCH', '/api/events/{event}/tables/t1', withRawNumber({ seats: 0 }, 'seats', '1e999'), 'seats'],
  ['PATCH', '/api/events/{event}/tables/t1', { seats: 1_001 }, 'seats'],
  ['PATCH', '/api/events/{event}/rounds/r1', { start: '2027-01-23T10:60' }, 'start'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1', table: 't2' } }, 'revision'],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 'one', op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1', table: 't2' } },
    'revision',
  ],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    withRawNumber({ revision: 0, op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1', table: 't2' } }, 'revision', '1e400'),
    'revision',
  ],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 0, op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1', table: 't2' } },
    'revision',
  ],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'jump', from: { round: 'r1', group: 'g1' } }, 'op'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'move', from: { round: 'r1', group: 'g1' } }, 'to'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'move', to: { round: 'r1', table: 't2' } }, 'from'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'swap', from: { round: 'r1', group: 'g1' } }, 'with'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'add' }, 'meeting'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'remove' }, 'from'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'move', from: { round: 'r1', group: 'g1' }, to: 't2' }, 'to'],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1' } }, 'to.table'],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 1, op: 'move', from: { round: 'r1', group: 'g1' }, to: { round: 'r1', table: long(101) } },
    'to.table',
  ],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 1, op: 'move', from: { round: 'r1', group: 5 }, to: { round: 'r1', table: 't2' } },
    'from.group',
  ],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 1, op: 'move', from: { round: 'r1', group: 'g1', seat: 2 }, to: { round: 'r1', table: 't2' } },
    'from.seat',
  ],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 1, op: 'swap', from: { round: 'r1', group: 'g1' }, with: { round: 'r1' } },
    'with.group',
  ],
  ['POST', '/api/events/{event}/versions/{n}/adjustments', { revision: 1, op: 'add', meeting: { round: 'r1', table: 't1', group: 'g1' } }, 'meeting.expert'],
  [
    'POST',
    '/api/events/{event}/versions/{n}/adjustments',
    { revision: 1, op: 'add', meeting: { round: 'r1', table: 't1', group: 'g1', expert: 'e\u200B1' } },
    'meeting.expert',
  ],
  ['POST', '/api/events/{event}/versions/{n}/publish', { notifyMembers: 'yes' }, 'notifyMembers'],
  ['POST', '/api/events/{event}/generations', { seed: 'one' }, 'seed'],
  ['POST', '/api/events/{event}/generations', { seed: -1 }, 'seed'],
  ['POST', '/api/events/{event}/generations', withRawNumber({ seed: 0 }, 'seed', '1e400'), 'seed'],
  ['POST', '/api/events/{event}/generations', { timeLimitMs: 99 }, 'timeLimitMs'],
  ['POST', '/api/events/{event}/generations', { timeLimitMs: 600_001 }, 'timeLimitMs'],
  ['POST', '/api/events/{event}/generations', { timeLimitMs: 'fast' }, 'timeLimitMs'],
  ['POST', '/api/events/{event}/generations', { parallel: 'yes' }, 'parallel'],
  ['POST', '/api/events/{event}/live/delays', { minutes: 10 }, 'fromRound'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r2' }, 'minutes'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r2', minutes: 1_441 }, 'minutes'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r2', minutes: -241 }, 'minutes'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r2', minutes: 'ten' }, 'minutes'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r2', minutes: 1.5 }, 'minutes'],
  ['POST', '/api/events/{event}/live/delays', withRawNumber({ fromRound: 'r2', minutes: 0 }, 'minutes', '1e400'), 'minutes'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: long(101), minutes: 5 }, 'fromRound'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r\u200B2', minutes: 5 }, 'fromRound'],
  ['POST', '/api/events/{event}/live/delays', { fromRound: 'r2', minutes: 5, notifyMembers: 'no' }, 'notifyMembers'],
  ['POST', '/api/events/{event}/live/dropped-rounds', {}, 'fromRound'],
  ['POST', '/api/events/{event}/live/dropped-rounds', { fromRound: 4 }, 'fromRound'],
  ['POST', '/api/events/{event}/live/dropped-rounds', { fromRound: '' }, 'fromRound'],
  ['POST', '/api/events/{event}/live/marks', { kind: 'room', key: 'e1', status: 'absent' }, 'kind'],
  ['POST', '/api/events/{event}/live/marks', { kind: 'expert', key: 'e1', status: 'gone' }, 'status'],
  ['POST', '/api/events/{event}/live/marks', { kind: 'expert', status: 'absent' }, 'key'],
  ['POST', '/api/events/{event}/live/marks', { kind: 'expert', key: 'e1', status: 'late', round: 'r\u202E4' }, 'round'],
  ['POST', '/api/events/{event}/live/marks', { kind: 'expert', key: 'e1', status: 'late', note: long(501) }, 'note'],
  ['POST', '/api/events/{event}/live/marks', { kind: 'expert', key: 'е1', status: 'absent' }, 'key'],
  ['POST', '/api/events/{event}/live/replan', { from: 5 }, 'from'],
  ['POST', '/api/events/{event}/live/replan', { from: long(101) }, 'from'],
  ['POST', '/api/events/{event}/live/replan', { from: 'r\uFEFF6' }, 'from'],
  ['POST', '/m/{token}/questions', { text: 'Bonjour ?' }, 'expert'],
  ['POST', '/m/{token}/questions', { expert: 'e1' }, 'text'],
  ['POST', '/m/{token}/questions', { expert: 'e1', text: long(5_001) }, 'text'],
  ['POST', '/m/{token}/questions', { expert: 'e\u200B1', text: 'Bonjour ?' }, 'expert'],
  ['POST', '/m/{token}/questions', { expert: 'e1', text: 'Bonjour ?', extra: '1' }, 'extra'],
  ['POST', '/m/{token}/questions', { expert: ['e1', 'e2'], text: 'Bonjour ?' }, 'expert'],
  ['POST', '/api/events/{event}/invitations/send', { digest: 5 }, 'digest'],
  ['POST', '/api/events/{event}/invitations/send', { digest: long(101) }, 'digest'],
  ['POST', '/api/events/{event}/member-links/send', { digest: ['a'] }, 'digest'],
  ['POST', '/api/events/{event}/member-links/send', { digest: 'a\u0000b' }, 'digest'],
  ['POST', '/api/events/{event}/member-links/send', { confirmLocalLinks: 'yes' }, 'confirmLocalLinks'],
];

/** The member page's form, as a browser posts it. */
const FORM_CASES: Array<[string, string, string]> = [
  ['no expert', 'text=Bonjour', 'expert'],
  ['no text', 'expert=e1', 'text'],
  ['an extra field', 'expert=e1&text=Bonjour&extra=1', 'extra'],
  ['a text of 5,001 characters', `expert=e1&text=${long(5_001)}`, 'text'],
  ['an expert with a zero-width space', 'expert=e%E2%80%8B1&text=Bonjour', 'expert'],
  ['a text with a control character', 'expert=e1&text=Bon%01jour', 'text'],
  ['an expert given twice', 'expert=e1&expert=e2&text=Bonjour', 'expert'],
  ['a nested expert', 'expert[a][b]=e1&text=Bonjour', 'expert'],
];

const PATH_NUMBERS = ['abc', '1e400', '9'.repeat(309), '-1', '1.5', '0x10', '1%20'];
const VERSION_ROUTES: Array<[BadRequest['method'], (n: string) => string, string]> = [
  ['GET', (n) => `/api/events/{event}/versions/${n}`, 'n'],
  ['POST', (n) => `/api/events/{event}/versions/${n}/copy`, 'n'],
  ['POST', (n) => `/api/events/{event}/versions/${n}/publish`, 'n'],
  ['POST', (n) => `/api/events/{event}/versions/${n}/adjustments`, 'n'],
  ['GET', (n) => `/api/events/{event}/versions/${n}/diff/1`, 'n'],
  ['GET', (m) => `/api/events/{event}/versions/1/diff/${m}`, 'm'],
  ['GET', (n) => `/api/events/{event}/versions/${n}/export/json`, 'n'],
];

const IF_MATCH = ['"abc"', '9'.repeat(309), '"-1"', '"1.5"', 'W/"x"', '"1", "2"'];
const IF_MATCH_ROUTES: Array<[BadRequest['method'], string, Json]> = [
  ['PATCH', '/api/events/{event}', { name: 'Auditions' }],
  ['PUT', '/api/events/{event}/instance', instance()],
  ['POST', '/api/events/{event}/experts', ITEMS.experts],
  ['PATCH', '/api/events/{event}/experts/e1', { name: 'Olivier Gautier' }],
  ['DELETE', '/api/events/{event}/experts/e6', {}],
];

export const CORPUS: BadRequest[] = [
  ...BODY_ROUTES.flatMap(malformed),
  ...NO_BODY_ROUTES.flatMap(([method, path]) => unreadable(method, path)),
  ...instanceCases('POST', '/api/events'),
  ...instanceCases('PUT', '/api/events/{event}/instance'),
  ...FIELD_CASES.map(([method, path, body, field]): BadRequest => ({
    name: `${method} ${path}: ${field} ${typeof body === 'string' ? body.slice(0, 60) : JSON.stringify(body).slice(0, 60)}`,
    method,
    path,
    field,
    ...(typeof body === 'string' ? { raw: body, type: 'application/json' } : { body }),
  })),
  ...FORM_CASES.map(([name, form, field]): BadRequest => ({
    name: `POST /m/{token}/questions (form): ${name}`,
    method: 'POST',
    path: '/m/{token}/questions',
    raw: form,
    type: 'application/x-www-form-urlencoded',
    field,
  })),
  ...VERSION_ROUTES.flatMap(([method, path, field]) =>
    PATH_NUMBERS.map((n): BadRequest => ({ name: `${method} ${path(n).slice(0, 80)}`, method, path: path(n), body: method === 'GET' ? undefined : {}, field })),
  ),
  ...IF_MATCH_ROUTES.flatMap(([method, path, body]) =>
    IF_MATCH.map((value): BadRequest => ({
      name: `${method} ${path}: If-Match ${value.slice(0, 20)}`,
      method,
      path,
      body,
      headers: { 'If-Match': value },
      field: 'If-Match',
    })),
  ),
  { name: 'POST a link reissue of an unknown kind', method: 'POST', path: '/api/events/{event}/links/wizard/e1/reissue', field: 'kind' },
  {
    name: 'POST a link reissue of a kind with a zero-width space',
    method: 'POST',
    path: '/api/events/{event}/links/exp%E2%80%8Bert/e1/reissue',
    field: 'kind',
  },
];
