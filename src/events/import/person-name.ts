/**
 * People's names as organizers write them: « Mme Hélène Dupont », « DUPONT Hélène », separate
 * Prénom / Nom columns. A name is shown as written (civility dropped); it is compared through its
 * key (no accents, case, punctuation, civility or word order), and close keys are suggested.
 */

const CIVILITIES = new Set([
  'm',
  'mr',
  'mme',
  'mmes',
  'mlle',
  'melle',
  'mrs',
  'ms',
  'miss',
  'dr',
  'docteur',
  'docteure',
  'pr',
  'prof',
  'professeur',
  'professeure',
  'me',
  'maitre',
  'madame',
  'monsieur',
  'mademoiselle',
  'mx',
]);

/** « Mme Hélène Dupont » → « Hélène Dupont »; a civility alone is kept (it is then the whole name). */
export function withoutCivility(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && CIVILITIES.has(wordKey(words[0]))) words.shift();
  return words.join(' ');
}

/** The display name from a « Prénom » and a « Nom » cell, civility dropped from either. */
export function joinName(first: string, last: string): string {
  return withoutCivility([first.trim(), last.trim()].filter((part) => part !== '').join(' '));
}

/** The words of a name as compared: « Mme DUPONT, Hélène » → ['dupont', 'helene']. */
export function nameWords(name: string): string[] {
  return withoutCivility(name.replace(/[,.;]/g, ' '))
    .split(/[\s'’-]+/)
    .map(wordKey)
    .filter((word) => word !== '');
}

/** Two spellings of one name have one key: words sorted, so « Dupont Hélène » is « Hélène Dupont ». */
export function nameKey(name: string): string {
  return [...nameWords(name)].sort().join(' ');
}

function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Edits (insert, delete, replace, swap two neighbours) from one key to the other. */
export function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** Close enough to be the same name mistyped: one edit in four letters, at least one, at most three. */
export function isClose(a: string, b: string): boolean {
  return distance(a, b) <= Math.min(3, Math.max(1, Math.floor(Math.min(a.length, b.length) / 4)));
}

/** The one candidate whose key is closest to `name`'s and close enough; none when two tie. */
export function closestName<T>(name: string, candidates: T[], nameOf: (c: T) => string): T | undefined {
  const key = nameKey(name);
  let best: { candidate: T; d: number } | undefined;
  let tie = false;
  for (const candidate of candidates) {
    const other = nameKey(nameOf(candidate));
    if (!isClose(key, other)) continue;
    const d = distance(key, other);
    if (!best || d < best.d) [best, tie] = [{ candidate, d }, false];
    else if (d === best.d) tie = true;
  }
  return best && !tie ? best.candidate : undefined;
}
