/**
 * Worksheet names Excel accepts: 1 to 31 characters, none of []:*?/\, no apostrophe at either
 * end, "History" reserved, unique without regard to case. Names are shortened, never rejected.
 */
const MAX = 31;

export class SheetNames {
  private readonly used = new Set<string>(['history']);

  take(wanted: string): string {
    const base =
      wanted
        .replace(/[[\]:*?/\\]/g, '-')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || 'Feuille';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name =
        base
          .slice(0, MAX - suffix.length)
          .trimEnd()
          .replace(/'+$/, '') + suffix;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}
