/**
 * Three lanes, chosen by path: `unit` runs the sources in-process (no build, no process started),
 * `e2e` starts processes: the built commands and service (test/cli, *.e2e.spec.ts) and
 * python-icalendar, `browser` the service in Chromium (*.browser.spec.ts). Only the last two build
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
const PYTHON = '<rootDir>/test/invitations/python-icalendar.spec.ts';
const E2E = ['<rootDir>/test/cli/**/*.spec.ts', '<rootDir>/test/**/*.e2e.spec.ts', PYTHON];
const BROWSER = ['<rootDir>/test/**/*.browser.spec.ts'];

const lanes = [
  {
    ...common,
    displayName: 'unit',
    testMatch: ['<rootDir>/test/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/cli/', '\\.e2e\\.spec\\.ts$', '\\.browser\\.spec\\.ts$', PYTHON],
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
