/**
 * Building blocks shared by the generated families: tables, experts, members, wishes.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../format';
import type { Random } from '../random';
import type { People } from './people';
import { ORGANIZATIONS, ROLES } from './words';

export type TableFile = InstanceFile['tables'][number];
export type MemberFile = NonNullable<GroupFile['members']>[number];
/** Experts carry a `role` for invitations; an extra field the format allows. */
export type ExpertWithRole = ExpertFile & { role?: string };

export function tables(rng: Random, count: number, seats: (i: number) => number, label: string): TableFile[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `t${i + 1}`,
    name: `${label} ${i + 1}`,
    seats: seats(i),
    location: `https://zoom.example.org/j/8${String(rng.int(1e8)).padStart(8, '0')}`,
  }));
}

/** Member ids run m1, m2… over the whole instance: each is a personal link, unique everywhere. */
export class Members {
  private count = 0;

  constructor(private readonly people: People) {}

  make(size: number): MemberFile[] {
    return Array.from({ length: size }, () => {
      const p = this.people.next();
      this.count += 1;
      return { id: `m${this.count}`, name: p.name, email: p.email, phone: p.phone };
    });
  }
}

export function expert(rng: Random, people: People, index: number, themes: string[], withRole: boolean): ExpertWithRole {
  const p = people.next();
  const organization = rng.pick(ORGANIZATIONS[themes[0]] ?? ['Nantes Métropole']);
  const role = rng.pick(ROLES)[p.gender === 'f' ? 1 : 0];
  return {
    id: `e${index + 1}`,
    name: p.name,
    email: p.email,
    organization,
    ...(withRole ? { role } : {}),
    themes,
  };
}

/**
 * A group's wishes: mostly experts of its themes, weighted high, plus a few curiosities weighted
 * low, in no particular order (as a group would fill in a form).
 */
export function wishes(rng: Random, groupThemes: string[], experts: ExpertFile[], count: number): { expert: string; weight: number }[] {
  const themed = experts.filter((e) => (e.themes ?? []).some((t) => groupThemes.includes(t)));
  const others = experts.filter((e) => !themed.includes(e));
  const nThemed = Math.min(themed.length, Math.round(count * 0.6));
  const chosen = [
    ...rng
      .shuffle([...themed])
      .slice(0, nThemed)
      .map((e) => ({ expert: e.id, weight: rng.between(3, 5) })),
    ...rng
      .shuffle([...others])
      .slice(0, count - nThemed)
      .map((e) => ({ expert: e.id, weight: rng.between(1, 4) })),
  ];
  return rng.shuffle(chosen);
}
