/**
 * The personal pages' read path (GET of a member's or expert's page and of its files), served
 * ahead of the framework's router. It is the service's one hot path: everyone opens their link at
 * the same moment, then reloads it all day. Going through Express and Nest's pipeline (every
 * route's pattern tried in turn, body parsers, guards, ETag hashing) cost four times what the page
 * itself costs once it is cached; here a load is a token lookup and a cached buffer, without a
 * single await when all is in memory (measured in `npm run bench:pages`, see docs/pages.md).
 * Each page with its script opens a live stream, so streams are served here too: through Nest,
 * opening one cost about 0.6 ms of CPU. Questions (a form's POST) stay in PagesController.
 *
 * Unknown tokens are counted per address (AccessService.linkFailures): past the budget, the address gets 429
 * with Retry-After for its next requests, whatever token they carry, so links cannot be guessed
 * faster than that (about 10,900 guesses a second were answered before). One link holds at most
 * MAX_STREAMS live streams: 3,000 were accepted from one token, each a connection held open.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { Injectable, Logger } from '@nestjs/common';
import type { LinkKind } from '../access/access-token.entity';
import { AccessService } from '../access/access.service';
import { clientAddress, sendTooMany } from '../common/limits';
import { clearAskAgainCookie, readAskAgain } from './ask-again';
import type { Asset } from './assets';
import { frontSaid } from './front.messages';
import { notFoundPage } from './html';
import { type Lang, pickLang } from './i18n';
import { LiveHub } from './live.service';
import { MembersService, type Rendered } from './members.service';

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-cache',
  Vary: 'Accept-Language, Accept-Encoding',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

/** `/m/<token>`, `/x/<token>`, `/p/<file>`, with or without a final slash; `/m/sw.js` and `/x/sw.js` are the service worker, under the scope each controls. */
const ROUTE = /^\/([mxp])\/([^/]+)\/?$/;
/** `/m/<token>/events`, `/x/<token>/events`: the page's live stream. */
const STREAM = /^\/([mx])\/([^/]+)\/events$/;
const KINDS: Record<string, LinkKind> = { m: 'member', x: 'expert' };
/** gzip accepted, unless refused with q=0. */
const GZIP = /\bgzip\b(?!\s*;\s*q=0(?:\.0{0,3})?(?![.\d]))/;
const NO_QUERY = new URLSearchParams();
/** A person's page open on a phone, a laptop and a tablet, with room for reconnections not yet noticed as closed. */
export const MAX_STREAMS = 5;
/** What a refused stream is told to wait: the page works without its stream, and a closed one frees a place. */
const STREAM_RETRY_S = 30;

/** A response as sent, plain and gzipped (phones on mobile data ask for it), made once per cached page or file. */
interface Encoded {
  raw: { body: Buffer; headers: OutgoingHttpHeaders };
  gzip: { body: Buffer; headers: OutgoingHttpHeaders };
}

/** Both encodings of a body, with their headers, made once. */
function encode(raw: Buffer, headers: OutgoingHttpHeaders): Encoded {
  const gzip = gzipSync(raw);
  return {
    raw: { body: raw, headers: { ...headers, 'Content-Length': raw.length } },
    gzip: { body: gzip, headers: { ...headers, 'Content-Length': gzip.length, 'Content-Encoding': 'gzip' } },
  };
}

/** A static file as served: for good under its fingerprinted URL, revalidated under any other. */
interface File {
  hash: string;
  versioned: Encoded;
  other: Encoded;
}

function file(asset: Asset): File {
  const headers = (caching: string) => ({ 'Content-Type': asset.type, 'Cache-Control': caching, Vary: 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff' });
  return { hash: asset.hash, versioned: encode(asset.body, headers('public, max-age=31536000, immutable')), other: encode(asset.body, headers('no-cache')) };
}

@Injectable()
export class PagesFront {
  private readonly logger = new Logger('Pages');
  /** Keyed by the cached page itself: it lives as long as the page cache keeps that object. */
  private readonly encoded = new WeakMap<Rendered, Encoded>();
  private readonly notFound = new Map<Lang, Rendered>();
  private readonly files: Map<string, File>;
  private readonly serviceWorker: Encoded;
  /** Open streams per token. */
  private readonly streams = new Map<string, number>();

  constructor(
    private readonly members: MembersService,
    private readonly live: LiveHub,
    private readonly access: AccessService,
  ) {
    this.files = new Map([...members.assets.files].map(([name, asset]) => [name, file(asset)]));
    this.serviceWorker = file(members.assets.serviceWorker).other;
  }

  /** A connect-style handler: answers its routes, passes every other request on. */
  readonly handle = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const route = ROUTE.exec(path);
    const stream = !route && req.method === 'GET' ? STREAM.exec(path) : null;
    if (!route && !stream) return next();
    const query = mark < 0 ? NO_QUERY : new URLSearchParams(url.slice(mark + 1));
    const lang = pickLang(query.get('lang'), req.headers['accept-language']);
    if ((stream || route![1] !== 'p') && this.holdsBack(req, res, lang)) return;
    if (stream) return void this.openStream(req, res, KINDS[stream[1]], stream[2], query.get('v') ?? undefined, lang);
    const [, area, name] = route!;
    if (area !== 'p' && name === 'sw.js') return this.send(req, res, 200, this.serviceWorker);
    if (area === 'p') {
      const found = this.files.get(name);
      if (!found)
        return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': lang }).end(frontSaid('pages.fileNotFound', lang));
      return this.send(req, res, 200, query.get('v') === found.hash ? found.versioned : found.other);
    }
    const kind = KINDS[area];
    if (kind === 'member' && query.get('sent') === 'no') return void this.serveAskAgain(req, res, name, lang);
    const sent = query.get('sent') === '1';
    const ready = this.members.readyPage(name, kind, lang, sent);
    if (ready) this.sendPage(req, res, ready);
    else void this.servePage(req, res, kind, name, lang, sent);
  };

  /** A rendered page, with the pages' headers; also how PagesController answers a question's form. */
  sendPage(req: IncomingMessage, res: ServerResponse, page: Rendered): void {
    let encoded = this.encoded.get(page);
    if (!encoded) this.encoded.set(page, (encoded = encode(Buffer.from(page.html), PAGE_HEADERS)));
    this.send(req, res, page.status, encoded);
  }

  /** The plain "link not valid" page, in the reader's language. */
  invalidLinkPage(lang: Lang): Rendered {
    let page = this.notFound.get(lang);
    if (!page) this.notFound.set(lang, (page = { status: 404, html: notFoundPage(lang, this.members.assets.url('page.css')) }));
    return page;
  }

  /** Never rejects: a failure here would otherwise end the process. */
  private async servePage(req: IncomingMessage, res: ServerResponse, kind: LinkKind, token: string, lang: Lang, sent: boolean): Promise<void> {
    try {
      const who = await this.members.subject(token, kind);
      if (!who) this.unknownLink(req);
      this.sendPage(req, res, who ? await this.members.cachedPage(who, lang, sent) : this.invalidLinkPage(lang));
    } catch (error) {
      this.failed(res, error as Error, lang);
    }
  }

  /** The page after a refused question: the problem and the text from its cookie, read once (a reload shows the page as it is). Never rejects. */
  private async serveAskAgain(req: IncomingMessage, res: ServerResponse, token: string, lang: Lang): Promise<void> {
    try {
      const who = await this.members.subject(token, 'member');
      if (!who) {
        this.unknownLink(req);
        return this.sendPage(req, res, this.invalidLinkPage(lang));
      }
      const again = readAskAgain(req.headers.cookie);
      const page = again ? await this.members.askAgainPage(who, lang, again) : await this.members.cachedPage(who, lang, false);
      if (again) res.setHeader('Set-Cookie', clearAskAgainCookie(`/m/${token}`));
      const html = Buffer.from(page.html);
      res.writeHead(page.status, { ...PAGE_HEADERS, 'Cache-Control': 'private, no-store', 'Content-Length': html.length });
      res.end(req.method === 'HEAD' ? undefined : html);
    } catch (error) {
      this.failed(res, error as Error, lang);
    }
  }

  /** The page's live stream; the version it shows is `v`, or the browser's Last-Event-ID after a reconnect. Never rejects. */
  private async openStream(req: IncomingMessage, res: ServerResponse, kind: LinkKind, token: string, v: string | undefined, lang: Lang): Promise<void> {
    try {
      const who = await this.members.subject(token, kind);
      if (!who) {
        this.unknownLink(req);
        return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': lang }).end(frontSaid('pages.linkNotValid', lang));
      }
      const open = this.streams.get(token) ?? 0;
      if (open >= MAX_STREAMS) return sendTooMany(res, 'limits.streams', STREAM_RETRY_S, lang, { max: MAX_STREAMS });
      this.streams.set(token, open + 1);
      res.once('close', () => {
        const left = (this.streams.get(token) ?? 1) - 1;
        if (left > 0) this.streams.set(token, left);
        else this.streams.delete(token);
      });
      const since = Number(req.headers['last-event-id'] ?? v);
      await this.live.open(who, req, res, Number.isInteger(since) ? since : undefined);
    } catch (error) {
      this.failed(res, error as Error, lang);
    }
  }

  /** Answers 429 when the request's address has tried too many unknown links lately; also for PagesController's questions. */
  holdsBack(req: IncomingMessage, res: ServerResponse, lang: Lang): boolean {
    const wait = this.access.linkFailures.waitSeconds(clientAddress(req));
    if (wait > 0) sendTooMany(res, 'limits.link_token', wait, lang);
    return wait > 0;
  }

  /** Counts a request for a link that does not exist (or no longer does) against its address. */
  unknownLink(req: IncomingMessage): void {
    this.access.linkFailures.fail(clientAddress(req));
  }

  /** What went wrong is logged; the reader gets a 500, or a closed connection once the answer has begun. */
  private failed(res: ServerResponse, error: Error, lang: Lang): void {
    this.logger.error(error.stack ?? String(error));
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': lang }).end(frontSaid('pages.internalError', lang));
  }

  private send(req: IncomingMessage, res: ServerResponse, status: number, encoded: Encoded): void {
    const chosen = GZIP.test(req.headers['accept-encoding'] ?? '') ? encoded.gzip : encoded.raw;
    res.writeHead(status, chosen.headers);
    res.end(req.method === 'HEAD' ? undefined : chosen.body);
  }
}
