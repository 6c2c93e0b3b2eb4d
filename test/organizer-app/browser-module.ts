/**
 * Loads one of the organizer app's browser ES modules (plain JS, no build step) into a Jest test:
 * Jest runs CommonJS, so the module and its relative imports are turned into CommonJS with the
 * TypeScript compiler and evaluated in this process.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const APP_DIR = path.resolve(__dirname, '../../src/organizer-app/assets');

const cache = new Map<string, Record<string, unknown>>();

export function browserModule<T = Record<string, any>>(file: string): T {
  const full = path.resolve(APP_DIR, file);
  if (!cache.has(full)) {
    const { outputText } = ts.transpileModule(fs.readFileSync(full, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    });
    const module = { exports: {} as Record<string, unknown> };
    cache.set(full, module.exports);
    const load = (spec: string) => browserModule(path.relative(APP_DIR, path.resolve(path.dirname(full), spec)));
    new Function('module', 'exports', 'require', outputText)(module, module.exports, load);
    cache.set(full, module.exports);
  }
  return cache.get(full) as T;
}
