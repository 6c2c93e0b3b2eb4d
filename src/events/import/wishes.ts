/**
 * A group's wishes as organizers type them: "Hélène Martin:5; e12; Dupont, Paul:2". An expert is
 * named by id or by name (accents, case and spacing ignored); the weight defaults to 3.
 */
import type { ExpertFile } from '../../engine/format';
import type { Read } from './cells';
import { readWhole } from './cells';
import { headerKey } from './columns';
import { quoted, type Said } from './problems';

export const DEFAULT_WISH_WEIGHT = 3;

export interface Wish {
  expert: string;
  weight: number;
}

/** Resolves expert ids and names; built once per import. */
export class ExpertDirectory {
  private readonly byId = new Map<string, ExpertFile>();
  private readonly byName = new Map<string, ExpertFile[]>();

  constructor(experts: ExpertFile[]) {
    for (const expert of experts) {
      this.byId.set(expert.id, expert);
      const key = headerKey(expert.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), expert]);
    }
  }

  find(text: string): Read<ExpertFile> | undefined {
    const byId = this.byId.get(text);
    if (byId) return { ok: true, value: byId };
    const named = this.byName.get(headerKey(text)) ?? [];
    if (named.length === 1) return { ok: true, value: named[0] };
    if (named.length > 1) {
      const ids = named.map((e) => e.id).join(', ');
      return {
        ok: false,
        why: { fr: `plusieurs experts s’appellent ${quoted(text)} (${ids}) : indiquez l’identifiant`, en: `several experts are named ${quoted(text)} (${ids}): give the id` },
      };
    }
    return undefined;
  }
}

/** Every wish of the cell, or every reason the cell is wrong (one per bad item). */
export function readWishes(text: string, experts: ExpertDirectory): { wishes: Wish[]; problems: Said[] } {
  const wishes: Wish[] = [];
  const problems: Said[] = [];
  for (const item of splitItems(text)) {
    const read = readWish(item, experts);
    if (!read.ok) {
      problems.push(read.why);
      continue;
    }
    if (wishes.some((wish) => wish.expert === read.value.expert)) {
      problems.push({ fr: `expert ${quoted(item)} souhaité deux fois`, en: `expert ${quoted(item)} wished twice` });
      continue;
    }
    wishes.push(read.value);
  }
  return { wishes, problems };
}

/** Semicolons or line breaks when there are any, so that names with commas survive; commas otherwise. */
function splitItems(text: string): string[] {
  const separator = /[;\n]/.test(text) ? /[;\n]/ : /,/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readWish(item: string, experts: ExpertDirectory): Read<Wish> {
  // A whole item that names an expert wins over a split at a colon inside a name.
  const whole = experts.find(item);
  if (whole) return whole.ok ? { ok: true, value: { expert: whole.value.id, weight: DEFAULT_WISH_WEIGHT } } : whole;
  const colon = item.lastIndexOf(':');
  if (colon < 0) return unknownExpert(item);
  const who = item.slice(0, colon).trim();
  const weight = readWhole(item.slice(colon + 1).trim(), 1, 10);
  const expert = experts.find(who);
  if (!expert) return unknownExpert(who);
  if (!expert.ok) return expert;
  if (!weight.ok) return { ok: false, why: { fr: `poids du souhait ${quoted(item)} : ${weight.why.fr}`, en: `weight of wish ${quoted(item)}: ${weight.why.en}` } };
  return { ok: true, value: { expert: expert.value.id, weight: weight.value } };
}

function unknownExpert(text: string): Read<never> {
  return { ok: false, why: { fr: `expert inconnu ${quoted(text)}`, en: `unknown expert ${quoted(text)}` } };
}
