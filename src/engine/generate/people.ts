/**
 * Invented people (experts, citizens) with names, e-mail addresses and mobile numbers that look
 * real; addresses stay unique so that invitations generated from an instance never collide.
 */
import type { Random } from '../random';
import { FAMILY_NAMES, GIVEN_NAMES } from './words';

export interface Person {
  name: string;
  email: string;
  phone: string;
  gender: 'f' | 'm';
}

/** "Le Floch" → "le-floch", "Élodie" → "elodie": what an address can hold. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class People {
  private readonly emails = new Set<string>();
  private readonly names = new Set<string>();

  constructor(private readonly rng: Random) {}

  next(): Person {
    // Two experts with one name would make a grid ambiguous: draw again, a bounded number of times
    // (large events may run out of fresh names; the e-mail address still tells them apart).
    let [given, gender] = this.rng.pick(GIVEN_NAMES);
    let family = this.rng.pick(FAMILY_NAMES);
    for (let tries = 0; tries < 20 && this.names.has(`${given} ${family}`); tries++) {
      [given, gender] = this.rng.pick(GIVEN_NAMES);
      family = this.rng.pick(FAMILY_NAMES);
    }
    this.names.add(`${given} ${family}`);
    const base = `${slug(given)}.${slug(family)}`;
    let email = `${base}@example.org`;
    for (let n = 2; this.emails.has(email); n++) email = `${base}${n}@example.org`;
    this.emails.add(email);
    return { name: `${given} ${family}`, email, phone: `+33 6 ${this.pairs(4)}`, gender };
  }

  private pairs(n: number): string {
    return Array.from({ length: n }, () => String(this.rng.int(100)).padStart(2, '0')).join(' ');
  }
}
