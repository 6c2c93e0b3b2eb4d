/** Reading and writing the JSON files the commands work on, with errors that name the file. */
import fs from 'node:fs';
import path from 'node:path';

export class FileError extends Error {}

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new FileError(`cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FileError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a schedule. */
export function writeJson(file: string, data: unknown): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  fs.renameSync(tmp, file);
}
