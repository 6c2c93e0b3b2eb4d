/**
 * A JSON text's nesting depth, measured without recursion before JSON.parse sees it: a body of
 * 100,000 `[` made the parse overflow the stack (a 500, even on the public questions route).
 */
export const MAX_JSON_DEPTH = 32;

/** Where the text first goes deeper than `max` levels, or -1. Brackets inside strings do not count. */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}
