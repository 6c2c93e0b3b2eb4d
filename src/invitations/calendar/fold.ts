/**
 * Line folding (RFC 5545 §3.1): at most 75 octets per physical line, counted in UTF-8 bytes, cut
 * only between code points so no client ever sees half of an "é" or of an emoji.
 */

export const MAX_LINE_OCTETS = 75;

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

/** One logical line → physical lines joined by CRLF + one space (no trailing CRLF). */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // The continuation's leading space counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const codePoint of line) {
    const n = octets(codePoint);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += codePoint;
    size += n;
  }
  // Never an empty continuation line: iCloud rejects them (ical4j #842); `current` is non-empty here.
  parts.push(current);
  return parts.join('\r\n ');
}

/** Physical lines → logical lines: a CRLF followed by one space or tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
