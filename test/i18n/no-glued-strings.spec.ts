/**
 * No message glues French and English into one string ("fr / en"): a message is a code worded by
 * the catalogues (src/i18n/README.md), or English only where developers and operators read it
 * (docs/conventions.md). The check is a heuristic over every string literal of src/: words on both
 * sides of « / », the two sides different.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../src');

/** Literals that hold « / » as a character, not between two languages. */
const NOT_GLUED = [/lettres latines, chiffres et - _ \. : # \+ @ \//, /Latin letters, digits and - _ \. : # \+ @ \//];

const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const words = (text: string): number => (text.match(/\p{L}{2,}/gu) ?? []).length;

/** The literals of a source file that read "words / other words", comments left out and `${…}` read as one blank. */
export function gluedLiterals(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''))
    .join('\n');
  return [...code.matchAll(LITERAL)]
    .map((m) => m[0].slice(1, -1))
    .filter((literal) => {
      const text = literal.replace(/\$\{[^}]*\}/g, '·');
      const at = text.indexOf(' / ');
      if (at < 0 || NOT_GLUED.some((allowed) => allowed.test(text))) return false;
      const [left, right] = [text.slice(0, at), text.slice(at + 3)];
      return words(left) > 0 && words(right) > 0 && left.trim() !== right.trim();
    });
}

function* sources(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (/\.(ts|js|mjs)$/.test(entry.name)) yield full;
  }
}

describe('no "français / English" glued strings', () => {
  it('finds a glued string, and leaves separators, sums and single-language text alone', () => {
    expect(gluedLiterals("throw new Error('version introuvable / not found');")).toEqual(['version introuvable / not found']);
    expect(gluedLiterals('const s = `${a} / ${b}`; const j = names.join(" / "); // un « a / b » commenté')).toEqual([]);
    expect(gluedLiterals("const t = `${total / 1000} s`; const h = ['Tour / Round'];")).toEqual(['Tour / Round']);
  });

  it('holds no glued string in any source file', () => {
    const glued: string[] = [];
    for (const file of sources(SRC)) {
      const found = gluedLiterals(fs.readFileSync(file, 'utf8'));
      if (found.length) glued.push(`${path.relative(SRC, file).split(path.sep).join('/')}: ${found.join(' | ')}`);
    }
    expect(glued).toEqual([]);
  });
});
