/**
 * The e2e and browser lanes run the built commands and service: build once, before their first
 * test. Jest calls this once per lane; the second call in the same run finds the build done.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  if (process.env.CARROUSEL_TEST_BUILT) return;
  const root = path.resolve(__dirname, '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  process.env.CARROUSEL_TEST_BUILT = '1';
};
