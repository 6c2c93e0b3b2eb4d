/**
 * Who is who when a sheet is imported again. A person's id carries their personal link (a badge, a
 * page, a calendar feed), so it must follow the person, never the row: each incoming person is
 * matched to one already in the event by the id the sheet gives, else by e-mail, else by their
 * scope (a member's group) and name; the others get fresh ids that no one in the event has or ever
 * had. A match that would hand someone's link to a different person is reported, not hidden.
 * Pure: the service shell gives what exists and what was retired, and applies the result.
 */
import { isClose, nameKey, nameWords } from './person-name';

export interface Person {
  name: string;
  email?: string;
  /** Where the name is compared: a member's group id; none for experts and groups. */
  scope?: string;
}

export interface Known extends Person {
  id: string;
}

export interface Incoming extends Person {
  /** The id the sheet gives, if it has an id column. */
  id?: string;
}

/** The personal link of `before` (the person the id had) would open the page of `after`. */
export interface LinkChange {
  id: string;
  before: string;
  after: string;
}

export interface Matching<K extends Known = Known> {
  /** The id of each incoming person, in the incoming order. */
  ids: string[];
  /** Each incoming person's match in the event, undefined for a new person. */
  matches: (K | undefined)[];
  linkChanges: LinkChange[];
}

export function matchIdentities<K extends Known>(incoming: Incoming[], known: K[], fresh: { prefix: string; retired: Iterable<string> }): Matching<K> {
  const matches: (K | undefined)[] = incoming.map(() => undefined);
  const claimed = new Set<K>();
  const claim = (i: number, person: K | undefined) => {
    if (!person || claimed.has(person)) return;
    matches[i] = person;
    claimed.add(person);
  };

  const byId = new Map(known.map((k) => [k.id, k]));
  incoming.forEach((person, i) => person.id !== undefined && claim(i, byId.get(person.id)));

  // An address shared by two people (a couple, a family) says nothing about which one is which.
  const knownByEmail = uniqueBy(known, (k) => emailKey(k.email));
  const incomingEmails = uniqueBy(incoming, (p) => emailKey(p.email));
  incoming.forEach((person, i) => {
    const email = emailKey(person.email);
    if (matches[i] || person.id !== undefined || !email || !incomingEmails.has(email)) return;
    claim(i, knownByEmail.get(email));
  });

  const byName = new Map<string, K[]>();
  for (const k of known) if (!claimed.has(k)) byName.set(scopedKey(k), [...(byName.get(scopedKey(k)) ?? []), k]);
  incoming.forEach((person, i) => {
    if (matches[i] || person.id !== undefined) return;
    claim(
      i,
      byName.get(scopedKey(person))?.find((k) => !claimed.has(k)),
    );
  });

  const taken = new Set([...known.map((k) => k.id), ...fresh.retired, ...incoming.flatMap((p) => (p.id === undefined ? [] : [p.id]))]);
  let n = 0;
  const nextFresh = () => {
    while (taken.has(`${fresh.prefix}${++n}`));
    return `${fresh.prefix}${n}`;
  };
  const ids = incoming.map((person, i) => matches[i]?.id ?? person.id ?? nextFresh());
  const linkChanges = incoming.flatMap((person, i) => {
    const match = matches[i];
    const keptAddress = person.id !== undefined && emailKey(match?.email) !== undefined && emailKey(match?.email) === emailKey(person.email);
    return match && !sameName(match, person) && !keptAddress ? [{ id: match.id, before: match.name, after: person.name }] : [];
  });
  return { ids, matches, linkChanges };
}

/**
 * The same person, give or take a typo, a civility, a second surname: names close, or one's words
 * all in the other's. A match by e-mail is checked on the name alone; a match by id may also keep
 * its e-mail with a new name (a person who changed their name).
 */
function sameName(a: Person, b: Person): boolean {
  const [ka, kb] = [nameKey(a.name), nameKey(b.name)];
  if (ka === kb || isClose(ka, kb)) return true;
  const [wa, wb] = [nameWords(a.name), nameWords(b.name)];
  const within = (x: string[], y: string[]) => x.length > 0 && x.every((w) => y.includes(w));
  return within(wa, wb) || within(wb, wa);
}

function scopedKey(person: Person): string {
  return `${person.scope ?? ''}\n${nameKey(person.name)}`;
}

function emailKey(email: string | undefined): string | undefined {
  const key = email?.trim().toLowerCase();
  return key ? key : undefined;
}

/** The items by key, keeping only keys that occur once. */
function uniqueBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, T> {
  const seen = new Map<string, T | null>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) seen.set(key, seen.has(key) ? null : item);
  }
  return new Map([...seen].filter((entry): entry is [string, T] => entry[1] !== null));
}
