/**
 * What a re-import keeps: the sheet says everything it has a column for (an empty cell clears
 * the field), and nothing else — a table, a phone number or wishes set in the app, or a field of
 * the exchange format no sheet has, stay as they were.
 */
export function overlay<T extends object>(before: T | undefined, fromSheet: T, listed: (field: string) => boolean): T {
  if (!before) return fromSheet;
  const kept = Object.fromEntries(Object.entries(before).filter(([field]) => !listed(field)));
  return { ...kept, ...fromSheet } as T;
}
