/**
 * Value encodings of RFC 5545: TEXT (§3.3.11) and parameter values (§3.2). A name typed by an
 * organizer must never be able to end a line, start a property or cut a value at a comma.
 */

/** C0 controls and DEL, except TAB: the RFC excludes them from TEXT and from parameter values. */
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/g;

/** TEXT value: backslash first (so the escapes we add are not escaped again), then `;` `,` and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\x00-\x08\x0B-\x0C\x0E-\x1F\x7F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Parameter value (CN): a parameter cannot hold a DQUOTE at all and cannot hold a line break, so
 * those are replaced (RFC 6868's `^'` would keep them, but Outlook and Google are not known to
 * decode it and would show the caret). Quoted only when `;`, `:` or `,` require it (§3.2).
 */
export function paramValue(value: string): string {
  const clean = value
    .replace(/\r\n|\r|\n|\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/"/g, "'")
    .trim();
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}
