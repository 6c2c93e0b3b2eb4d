/**
 * Post/Redirect/Get for the members' questions, with or without JavaScript: a refused question is
 * answered 303 to the page itself (`?sent=no`), and what the page needs to say why and to give the
 * text back travels in a short-lived cookie of that page's path alone, read once and cleared. The
 * browser never sits on the form's POST address, so a reload never posts again. Nothing is kept
 * on the service, so any instance behind the proxy can answer the redirected GET.
 */
import type { AskedAgain } from './members.service';
import type { QuestionProblem } from './questions.service';

export const ASK_AGAIN_COOKIE = 'carrousel-ask';
/** Long enough to follow the redirect on a slow phone; the text is the member's, only in their browser. */
const MAX_AGE_S = 600;
/** A text refused for its length is given back cut to this many bytes of UTF-8: enough to shorten it (500 characters), and the cookie stays under 4 KB. */
const KEPT_BYTES = 2400;
const PROBLEMS: readonly QuestionProblem[] = ['empty', 'tooLong', 'expert', 'tooMany'];

/** The query a refused question is redirected with (the proxy's cache never answers it). */
export const ASK_AGAIN_QUERY = 'sent=no';

/** The text's first characters that fit in KEPT_BYTES (never half a character). */
function cut(text: string): string {
  let bytes = 0;
  let kept = '';
  for (const ch of text) {
    bytes += Buffer.byteLength(ch);
    if (bytes > KEPT_BYTES) break;
    kept += ch;
  }
  return kept;
}

/** The Set-Cookie header that carries a refused question to the page at `path`. */
export function askAgainCookie(path: string, again: AskedAgain, secure: boolean): string {
  const value = Buffer.from(JSON.stringify({ p: again.problem, t: cut(again.text), e: again.expert.slice(0, 100) })).toString('base64url');
  return `${ASK_AGAIN_COOKIE}=${value}; Path=${path}; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The header that clears it once read. */
export function clearAskAgainCookie(path: string): string {
  return `${ASK_AGAIN_COOKIE}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax`;
}

/** The refused question in a request's Cookie header; undefined when there is none or it is not one of ours. */
export function readAskAgain(cookieHeader: string | undefined): AskedAgain | undefined {
  const raw = (cookieHeader ?? '')
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${ASK_AGAIN_COOKIE}=`))
    ?.slice(ASK_AGAIN_COOKIE.length + 1);
  if (!raw) return undefined;
  try {
    const read: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof read !== 'object' || read === null) return undefined;
    const { p, t, e } = read as Record<string, unknown>;
    if (!PROBLEMS.includes(p as QuestionProblem) || typeof t !== 'string' || typeof e !== 'string') return undefined;
    return { problem: p as QuestionProblem, text: t, expert: e };
  } catch {
    return undefined;
  }
}
