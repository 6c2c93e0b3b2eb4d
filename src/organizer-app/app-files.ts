/**
 * The organizer app's static files, read once at start from src/organizer-app/assets (the same
 * way the members' pages read theirs: they are not TypeScript, so the build leaves them in src and
 * the same path serves them from dist/ and from a fresh checkout). Plain ES modules, no build step.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const APP_DIR = path.resolve(__dirname, '../../src/organizer-app/assets');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface AppFile {
  body: Buffer;
  type: string;
  etag: string;
}

/** Every file under the folder, by its path relative to it with `/` separators (`views/plan.js`). */
export function readAppFiles(dir = APP_DIR): Map<string, AppFile> {
  const files = new Map<string, AppFile>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (TYPES[path.extname(entry.name)]) {
        const body = fs.readFileSync(full);
        const name = path.relative(dir, full).split(path.sep).join('/');
        files.set(name, { body, type: TYPES[path.extname(entry.name)], etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` });
      }
    }
  };
  walk(dir);
  return files;
}
