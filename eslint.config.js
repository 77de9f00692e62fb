// ESLint, type-aware (typescript-eslint's projectService: each file is checked with the tsconfig.json nearest to
// it, so playground/main.ts gets its DOM types and the rest the root tsconfig). Formatting is Prettier's job,
// so eslint-config-prettier comes last and turns off every stylistic rule. `npm run lint` runs this and
// `prettier --check .`.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Built or generated: dist and schemas by `npm run build`, the playground's bundle by `npm run playground`.
    ignores: ['dist/', 'schemas/', 'coverage/', 'playground/dist/', 'test/artifacts/', 'api/', 'temp/'],
  },
  {
    linterOptions: {
      // A disable comment that no longer silences anything is stale and goes.
      reportUnusedDisableDirectives: 'error',
    },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // A promise nobody awaits loses its rejection: await it, return it, or say `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // Type-only imports and exports are erased by every compiler (isolatedModules), visibly.
      // `typeof import('…')` stays allowed: vitest's `importOriginal<typeof import('…')>()` in a mock needs it.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/consistent-type-exports': ['error', { fixMixedExportsWithInlineTypeSpecifier: false }],
      // A switch over a union (platform ids, severities, account modes) handles every member, or says `default`.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Errors carry a stack and a name: throw Error subclasses (PostInputError, PayloadError…), never strings.
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      // `== null` is the one loose comparison worth keeping (null or undefined, one test).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A destructuring assignment that updates a `let` (`;[left, frWords] = pairOff(…)`) cannot make its other
      // targets const: only ask for const when all of them could be.
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read what the code under test wrote as JSON (CLI output, SARIF, package.json, vitest's JSON report)
      // with JSON.parse, which returns any, and assert on it with expect(): typing each such value would only
      // repeat the assertion. src/ keeps these rules: JSON there is parsed as unknown and checked by zod.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['playground/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain JavaScript: the config files and the runtime fixture (loaded as it is by each runtime's bundler) are
    // in no tsconfig, so they get the rules that need no types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['test/fixtures/runtimes/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  prettier,
)
