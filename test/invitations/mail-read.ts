/** One received e-mail as the tests read it: envelope, headers, the plain text and the calendar part. */
import { decodeHeader, leaves, parseMime, type Received } from '../support/mail';

export interface Mail {
  to: string;
  from: string;
  subject: string;
  headers: Map<string, string>;
  contentTypes: string[];
  /** The `text/calendar` part's content type (with its method), empty when there is none. */
  calendarType: string;
  text: string;
  calendar: string;
}

export function readMail(m: Received): Mail {
  const root = parseMime(m.raw);
  const parts = leaves(root);
  const cal = parts.find((p) => /^text\/calendar/i.test(p.headers.get('content-type') ?? ''));
  return {
    to: m.to.join(','),
    from: m.from,
    subject: decodeHeader(root.headers.get('subject') ?? ''),
    headers: root.headers,
    contentTypes: parts.map((p) => p.headers.get('content-type') ?? ''),
    calendarType: cal?.headers.get('content-type') ?? '',
    text: parts.find((p) => /^text\/plain/i.test(p.headers.get('content-type') ?? ''))?.body ?? '',
    calendar: cal?.body ?? '',
  };
}
