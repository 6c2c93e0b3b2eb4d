/**
 * ESLint (flat config) for what a type checker does not catch: the engine's purity, promises left
 * unawaited, and the browser's plain scripts. Formatting is Prettier's job (npm run lint runs both).
 */
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One door to the engine: outside src/engine (and its own tests), the engine is imported through
 * src/engine/index.ts only.
 */

/** js's recommended rules for the plain scripts; an unused catch binding or a property left out by a rest copy is on purpose. */
const PLAIN_JS = { ...js.configs.recommended.rules, 'no-unused-vars': ['error', { caughtErrors: 'none', ignoreRestSiblings: true }] };

function engineDoor(name, files, ignores, regex) {
  const message = 'import the engine through src/engine/index.ts, its one door';
  return { name, files, ignores, rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] } };
}

const PURE = 'src/engine is pure: no framework, database, Node.js module, wall clock or unseeded randomness';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test/artifacts/'] },
  // Directives written for rules this config does not turn on (no-explicit-any in the tests) are not mistakes.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },

  {
    name: 'carrousel/promises',
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },

  {
    name: 'carrousel/engine-purity',
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)], message: PURE }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: `${PURE}: take the time as a parameter` },
        { object: 'Math', property: 'random', message: `${PURE}: use the seeded Random of src/engine/random.ts` },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `${PURE}: take the time as a parameter` },
        { selector: "CallExpression[callee.name='Date']", message: `${PURE}: take the time as a parameter` },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: PURE }, { name: 'require', message: PURE }],
    },
  },

  // The service and the command line (src/) reach the engine as '../engine/…'; the tests outside
  // test/engine as '../../src/engine/…' (their own '../engine/tiny' is a test helper, not the engine).
  engineDoor('carrousel/engine-door/src', ['src/**/*.ts'], ['src/engine/**'], '(^|/)engine/(?!index$).+'),
  engineDoor('carrousel/engine-door/test', ['test/**/*.ts'], ['test/engine/**'], '(^|/)src/engine/(?!index$).+'),

  {
    name: 'carrousel/organizer-app',
    files: ['src/organizer-app/assets/**/*.js'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: globals.browser },
    rules: PLAIN_JS,
  },

  {
    name: 'carrousel/members-pages',
    files: ['src/members/assets/*.js'],
    // Classic scripts, served with their placeholders filled in (src/members/assets.ts).
    languageOptions: {
      sourceType: 'script',
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.serviceworker, __ASSETS__: 'readonly', __VERSION__: 'readonly' },
    },
    rules: PLAIN_JS,
  },

  {
    name: 'carrousel/config-files',
    files: ['*.js', '*.mjs', 'test/**/*.js'],
    languageOptions: { globals: globals.node },
    rules: PLAIN_JS,
  },
);
