/**
 * A real SMTP server on loopback for delivery tests (npm smtp-server), and a minimal MIME reader
 * (mailparser is not installed): headers, multipart bodies, base64 and quoted-printable.
 */
import { SMTPServer } from 'smtp-server';

export interface Received {
  raw: string;
  from: string;
  to: string[];
}

export class TestInbox {
  readonly messages: Received[] = [];
  /** The next `refuse` messages are refused with this SMTP code. */
  refuse = 0;
  refuseCode = 451;
  refused = 0;
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (this.refuse > 0) {
            this.refuse--;
            this.refused++;
            return callback(Object.assign(new Error('Essayez plus tard / try again later'), { responseCode: this.refuseCode }));
          }
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          this.messages.push({ raw: Buffer.concat(chunks).toString('utf8'), from, to: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface MimePart {
  headers: Map<string, string>;
  /** Decoded body (leaf parts). */
  body: string;
  parts: MimePart[];
}

function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return headers;
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  return body;
}

export function parseMime(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const headers = headersOf(raw.slice(0, split));
  const rest = raw.slice(split + 4);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) return { headers, body: decode(rest, headers.get('content-transfer-encoding')), parts: [] };
  const parts = rest
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .map((p) => parseMime(p.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  return { headers, body: '', parts };
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

/** A header decoded from RFC 2047 encoded-words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
export function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decode(text.replace(/_/g, ' '), 'quoted-printable'),
  );
}
