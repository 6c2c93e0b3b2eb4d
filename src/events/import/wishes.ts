/**
 * A group's wishes as organizers type them in one cell: « Mme Dupont (priorité 1) ; Paul Martin:5 ;
 * e12 ». One weight scale, the format's 1 to 10 (10 = most wished): « :N » is a weight, « (priorité
 * N) » a rank turned into the weight 11 − N, no weight at all means 3.
 */
import type { MessageParams } from '../../i18n';
import type { ExpertDirectory } from './expert-directory';
import type { ImportCode } from './messages';
import { shown } from './problems';

export const DEFAULT_WISH_WEIGHT = 3;
export const MAX_WEIGHT = 10;

export interface Wish {
  expert: string;
  weight: number;
}

export interface WishProblem {
  code: ImportCode;
  params: MessageParams;
}

type Read<T> = { ok: true; value: T } | ({ ok: false } & WishProblem);

const PRIORITY = /\(\s*(?:priorit[ée]|priority|prio|rang|rank)\s*:?\s*(?:n°\s*)?([^)]*)\)\s*$/i;
const WEIGHT = /:\s*([^:]*)$/;

/** Every wish of the cell, and every reason an item is wrong (one per bad item). */
export function readWishes(text: string, experts: ExpertDirectory): { wishes: Wish[]; problems: WishProblem[] } {
  const wishes: Wish[] = [];
  const problems: WishProblem[] = [];
  for (const item of splitItems(text)) {
    const read = readWish(item, experts);
    if (!read.ok) problems.push({ code: read.code, params: read.params });
    else if (wishes.some((wish) => wish.expert === read.value.expert)) problems.push({ code: 'import.wishedTwice', params: { value: shown(item) } });
    else wishes.push(read.value);
  }
  return { wishes, problems };
}

/** Semicolons or line breaks when there are any, so that « Dupont, Paul » survives; commas otherwise. */
function splitItems(text: string): string[] {
  const separator = /[;\n]/.test(text) ? /[;\n]/ : /,/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readWish(item: string, experts: ExpertDirectory): Read<Wish> {
  const priority = PRIORITY.exec(item);
  if (priority) {
    const weight = weightOfPriority(priority[1]);
    if (weight === undefined) return { ok: false, code: 'import.badPriority', params: { value: shown(priority[1].trim()) } };
    return withExpert(item.slice(0, priority.index), weight, experts);
  }
  // A whole item that names an expert wins over a split at a colon inside a name.
  const whole = experts.find(item);
  if (whole.ok) return { ok: true, value: { expert: whole.expert.id, weight: DEFAULT_WISH_WEIGHT } };
  const colon = WEIGHT.exec(item);
  if (!colon) return { ok: false, code: whole.code, params: whole.params };
  const weight = readWeight(colon[1]);
  if (weight === undefined) return { ok: false, code: 'import.badWeight', params: { value: shown(colon[1].trim()) } };
  return withExpert(item.slice(0, colon.index), weight, experts);
}

function withExpert(who: string, weight: number, experts: ExpertDirectory): Read<Wish> {
  const found = experts.find(who.trim());
  return found.ok ? { ok: true, value: { expert: found.expert.id, weight } } : { ok: false, code: found.code, params: found.params };
}

/** A weight as written: a whole number from 1 to 10 (« 4 », « 4,0 »). */
export function readWeight(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= MAX_WEIGHT ? value : undefined;
}

/** Priority 1 is the strongest wish: weight 10; priority 10 is weight 1. */
export function weightOfPriority(text: string): number | undefined {
  const rank = readWeight(text);
  return rank === undefined ? undefined : MAX_WEIGHT + 1 - rank;
}
