/**
 * Personal links' tokens at rest. The database keeps each token's SHA-256 (links are looked up by
 * it) and the token sealed (AES-256-GCM) under a key kept outside the database, because organizers
 * need the links again to print badges and send them: a copy of the database alone (a backup, a
 * dump) opens no one's page. The key is CARROUSEL_LINK_KEY (32 bytes, base64url: the same for
 * every instance sharing a PostgreSQL database), else `link.key` in the data folder, made at first
 * start, readable by its owner only.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inBothLanguages } from '../database/storage-errors';
import { defineMessages, message } from '../i18n';

defineMessages({
  fr: {
    'links.bad_key': "{where} : 32 octets en base64url sont attendus (43 caractères), par exemple : openssl rand -base64 32 | tr '+/' '-_' | tr -d =",
  },
  en: {
    'links.bad_key': "{where}: 32 bytes in base64url were expected (43 characters), e.g. openssl rand -base64 32 | tr '+/' '-_' | tr -d =",
  },
});

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const KEY_FILE = 'link.key';

export class LinkSeal {
  constructor(private readonly key: Buffer) {}

  static load(dataDir: string, fromEnv = process.env.CARROUSEL_LINK_KEY): LinkSeal {
    if (fromEnv) return new LinkSeal(decodeKey(fromEnv, 'CARROUSEL_LINK_KEY'));
    const file = path.join(dataDir, KEY_FILE);
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return new LinkSeal(decodeKey(fs.readFileSync(file, 'utf8').trim(), file));
  }

  seal(token: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  open(sealed: string): string {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('a personal link was sealed with another key: every instance sharing this database needs the same CARROUSEL_LINK_KEY');
    }
  }
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text, 'base64url');
  if (key.length !== 32) throw new Error(inBothLanguages(message('links.bad_key', { where })));
  return key;
}
