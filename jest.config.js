/**
 * Three lanes, chosen by path: `unit` runs the sources in-process (no build, no process started),
 * `e2e` the built commands and service as real processes (test/cli, *.e2e.spec.ts), `browser` the
 * service in Chromium (*.browser.spec.ts). Only the last two build first (test/global-setup.js).
 * `npm run test:unit` / `test:e2e` / `test:browser` select one; plain `jest` runs all three.
 * TZ=UTC so that no test depends on the machine's zone.
 */
process.env.TZ = 'UTC';

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
const E2E = ['<rootDir>/test/cli/**/*.spec.ts', '<rootDir>/test/**/*.e2e.spec.ts'];
const BROWSER = ['<rootDir>/test/**/*.browser.spec.ts'];

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/cli/', '\\.e2e\\.spec\\.ts$', '\\.browser\\.spec\\.ts$'],
    },
    { ...common, displayName: 'e2e', testMatch: E2E, globalSetup: '<rootDir>/test/global-setup.js' },
    { ...common, displayName: 'browser', testMatch: BROWSER, globalSetup: '<rootDir>/test/global-setup.js' },
  ],
};
