/**
 * Programs some suites need besides Node.js. A suite that needs one runs when it is there and is
 * otherwise skipped with one line saying what is missing and how to install it, so that a fresh
 * clone passes `npm test` with Node.js alone. CI installs them all and names them in
 * CARROUSEL_REQUIRE (comma-separated names, or `all`): there a missing one fails instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nginxInstalled, NGINX } from '../../src/cli/proxy';

export interface Requirement {
  /** The name CARROUSEL_REQUIRE uses. */
  name: string;
  /** What is missing, said to a person. */
  missing: string;
  install: string;
  present: () => boolean;
}

/** Checked once per test file, only if a suite asks (python takes a few tens of milliseconds to start). */
function once(check: () => boolean): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= check());
}

/** Debian's Chromium unless CARROUSEL_CHROMIUM names another (a path that does not exist hides it). */
export const CHROMIUM_PATH = process.env.CARROUSEL_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM: Requirement = {
  name: 'chromium',
  missing: `Chromium (${CHROMIUM_PATH})`,
  install: 'apt-get install chromium, or CARROUSEL_CHROMIUM=/path/to/chromium',
  present: once(() => fs.existsSync(CHROMIUM_PATH)),
};

export const NGINX_PROGRAM: Requirement = {
  name: 'nginx',
  missing: `nginx (${NGINX})`,
  install: 'apt-get install nginx-light, or NGINX_PATH=/path/to/nginx',
  present: once(nginxInstalled),
};

/** `/usr/bin/python3` on purpose: a pyenv `python3` on PATH cannot see Debian's packages. */
export const PYTHON = '/usr/bin/python3';

export const PYTHON_ICALENDAR: Requirement = {
  name: 'python3-icalendar',
  missing: `python-icalendar (${PYTHON} -c "import icalendar" fails)`,
  install: 'apt-get install python3-icalendar',
  present: once(() => spawnSync(PYTHON, ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0),
};

/** Debian's python3-vobject, a third calendar parser (it validates each component as it reads it). */
export const PYTHON_VOBJECT: Requirement = {
  name: 'python3-vobject',
  missing: `vobject (${PYTHON} -c "import vobject" fails)`,
  install: 'apt-get install python3-vobject',
  present: once(() => spawnSync(PYTHON, ['-c', 'import vobject'], { stdio: 'ignore' }).status === 0),
};

/** Debian's khal, a fourth reader: a calendar program, whose `printics` reads each file (calendar-readers.ts). */
export const KHAL: Requirement = {
  name: 'khal',
  missing: `khal (${PYTHON} -c "import khal.controllers" fails)`,
  install: 'apt-get install khal',
  present: once(() => spawnSync(PYTHON, ['-c', 'import khal.controllers'], { stdio: 'ignore' }).status === 0),
};

/** The independent checker of the exchange format, installed outside the repository. */
export const REFERENCE_BENCH_DIR = process.env.CARROUSEL_REFERENCE_BENCH;

export const REFERENCE_CHECKER: Requirement = {
  name: 'reference-checker',
  missing: 'the reference checker (CARROUSEL_REFERENCE_BENCH, a folder with check.mjs and its node_modules)',
  install: "copy the workshop's bench folder, npm ci in it, and set CARROUSEL_REFERENCE_BENCH to it (see .ci/run)",
  present: once(
    () => !!REFERENCE_BENCH_DIR && fs.existsSync(path.join(REFERENCE_BENCH_DIR, 'check.mjs')) && fs.existsSync(path.join(REFERENCE_BENCH_DIR, 'node_modules')),
  ),
};

/** The storage tests run on SQLite unless TEST_DATABASE_URL names a PostgreSQL server; a few need PostgreSQL itself. */
export const POSTGRESQL: Requirement = {
  name: 'postgresql',
  missing: 'a PostgreSQL server (TEST_DATABASE_URL)',
  install: 'apt-get install postgresql, then TEST_DATABASE_URL="$(bash .ci/postgres.sh)"',
  present: once(() => !!process.env.TEST_DATABASE_URL),
};

function required(need: Requirement): boolean {
  const names = (process.env.CARROUSEL_REQUIRE ?? '').split(',').map((n) => n.trim());
  return names.includes('all') || names.includes(need.name);
}

const said = new Set<string>();

/** Whether to run what needs `need`: yes when it is there; else one line says why not, and it is skipped, or fails where CARROUSEL_REQUIRE names it. */
function decide(need: Requirement, title: string): 'run' | 'fail' | 'skip' {
  if (need.present()) return 'run';
  if (required(need)) return 'fail';
  if (!said.has(need.name)) process.stderr.write(`skipped "${title}" (${path.basename(expect.getState().testPath ?? '')}): ${missingLine(need)}\n`);
  said.add(need.name);
  return 'skip';
}

function missingLine(need: Requirement): string {
  return `${need.missing} is missing: ${need.install}`;
}

function failure(need: Requirement): () => never {
  return () => {
    throw new Error(`${missingLine(need)} (CARROUSEL_REQUIRE names ${need.name})`);
  };
}

/**
 * For a check inside a test that runs anyway (a second parser, say): whether to do it. Says once
 * why not; throws where CARROUSEL_REQUIRE names it.
 */
export function usable(need: Requirement): boolean {
  const verdict = decide(need, 'a check');
  if (verdict === 'fail') failure(need)();
  return verdict === 'run';
}

/** `describe` for a suite that needs `need`. */
export function describeIf(need: Requirement, title: string, body: () => void): void {
  const verdict = decide(need, title);
  if (verdict === 'run') describe(title, body);
  else if (verdict === 'fail') describe(title, () => it(`needs ${need.name}`, failure(need)));
  else describe.skip(title, body);
}

/** `it` for one test that needs `need`, in a suite that otherwise runs without it. */
export function itIf(need: Requirement, title: string, test: jest.ProvidesCallback, timeoutMs?: number): void {
  const verdict = decide(need, title);
  if (verdict === 'run') it(title, test, timeoutMs);
  else if (verdict === 'fail') it(title, failure(need));
  else it.skip(title, test);
}
