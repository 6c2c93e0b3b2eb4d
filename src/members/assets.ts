/**
 * The pages' static files (style, script, service worker, icon), read from src/members/assets at
 * start: they are not TypeScript, so the build leaves them where they are and the same path
 * serves them from `dist/` and from a fresh checkout. Each is fingerprinted for long caching.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ASSETS_DIR = path.resolve(__dirname, '../../src/members/assets');

export interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Public files served under /p/ (the service worker is served apart, under the scope it controls). */
const PUBLIC = ['page.css', 'page.js', 'icon.svg'];

function read(name: string): Asset {
  const body = fs.readFileSync(path.join(ASSETS_DIR, name));
  return { body, type: TYPES[path.extname(name)], hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

export class AssetStore {
  readonly files = new Map(PUBLIC.map((n) => [n, read(n)]));
  /** The service worker, with the fingerprinted list of files it keeps for offline use. */
  readonly serviceWorker: Asset;

  constructor() {
    const urls = PUBLIC.map((n) => this.url(n));
    const version = createHash('sha256').update(urls.join()).digest('hex').slice(0, 12);
    const text = fs.readFileSync(path.join(ASSETS_DIR, 'sw.js'), 'utf8').replace('__ASSETS__', JSON.stringify(urls)).replace('__VERSION__', version);
    this.serviceWorker = { body: Buffer.from(text), type: TYPES['.js'], hash: version };
  }

  url(name: string): string {
    return `/p/${name}?v=${this.files.get(name)!.hash}`;
  }
}
