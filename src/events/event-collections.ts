/**
 * The lists inside an event that the API edits item by item, and how an item is found in each:
 * by its id for rounds, tables, experts and groups; by its position for pins and forbidden pairs,
 * which have no id of their own in the exchange format.
 */
import type { InstanceFile } from '../engine';

export const COLLECTIONS = ['rounds', 'tables', 'experts', 'groups', 'pins', 'forbidden'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export type Item = Record<string, unknown>;

export function itemsOf(instance: InstanceFile, collection: Collection): Item[] {
  return ((instance as unknown as Record<string, Item[] | undefined>)[collection] ??= []);
}

/** The item's place in its list, or -1. */
export function findItem(items: Item[], collection: Collection, key: string): number {
  if (collection === 'pins' || collection === 'forbidden') {
    const i = /^\d+$/.test(key) ? Number(key) : -1;
    return i < items.length ? i : -1;
  }
  return items.findIndex((x) => x.id === key);
}

export function keyOf(items: Item[], collection: Collection, index: number): string {
  return collection === 'pins' || collection === 'forbidden' ? String(index) : String(items[index].id);
}
