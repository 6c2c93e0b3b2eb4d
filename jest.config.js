/**
 * Three lanes, chosen by path: `unit` runs the sources in-process (no build, no process started),
 * `e2e` runs what is outside the test's process: the built commands and service (test/cli,
 * *.e2e.spec.ts), python-icalendar, the import worker, `browser` the service in Chromium (*.browser.spec.ts). Only the last two build
 * first (test/global-setup.js).
 * `npm run test:unit` / `test:e2e` / `test:browser` run one (CARROUSEL_TEST_LANE, rather than
 * --selectProjects, which would take the paths given after it for more project names); plain
 * `jest` runs all three.
 * TZ=UTC so that no test depends on the machine's zone.
 */
process.env.TZ = 'UTC';

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
/** Suites outside the naming rule that still need the e2e lane: a Python process, a worker thread run from dist/. */
const OUT_OF_PROCESS = ['<rootDir>/test/invitations/python-icalendar.spec.ts', '<rootDir>/test/events/import-in-worker.spec.ts'];
const E2E = ['<rootDir>/test/cli/**/*.spec.ts', '<rootDir>/test/**/*.e2e.spec.ts', ...OUT_OF_PROCESS];
const BROWSER = ['<rootDir>/test/**/*.browser.spec.ts'];

const lanes = [
  {
    ...common,
    displayName: 'unit',
    testMatch: ['<rootDir>/test/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/cli/', '\\.e2e\\.spec\\.ts$', '\\.browser\\.spec\\.ts$', ...OUT_OF_PROCESS],
  },
  { ...common, displayName: 'e2e', testMatch: E2E, globalSetup: '<rootDir>/test/global-setup.js' },
  { ...common, displayName: 'browser', testMatch: BROWSER, globalSetup: '<rootDir>/test/global-setup.js' },
];
const lane = process.env.CARROUSEL_TEST_LANE;
if (lane && !lanes.some((l) => l.displayName === lane)) throw new Error(`CARROUSEL_TEST_LANE: no lane "${lane}" (unit, e2e, browser)`);

module.exports = {
  testTimeout: 60000,
  projects: lane ? lanes.filter((l) => l.displayName === lane) : lanes,
};
