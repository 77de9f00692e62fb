import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    measure: 'src/measure-entry.ts',
    pipelines: 'src/pipelines.ts',
    // src/cli/main.ts starts with `#!/usr/bin/env node`; esbuild keeps an entry's hashbang, on that file only, and tsup marks it executable.
    cli: 'src/cli/main.ts',
    vitest: 'src/vitest/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  // Shared chunks for CommonJS too (esbuild splits ESM only by default): otherwise index.cjs, pipelines.cjs and
  // vitest.cjs each carry their own copy of the library, with their own i18next instance and error classes,
  // so that `instanceof PostInputError` or `getI18n().addResourceBundle` from one entry miss the others.
  splitting: true,
  // Cold start (issue 7, target < 100 ms for import('bilingual-posts') on Node 20): remark-parse + unified
  // load ~80 small micromark ESM files (~75 ms) and zod ~100 (~70 ms, its 64 locales included), so both are
  // bundled into dist. remark-parse and unified are devDependencies; nothing of theirs is in our public types
  // except mdast's (@types/mdast is a dependency for that). zod stays a dependency for the types in our
  // .d.ts; zod 4 keeps its config and registry on globalThis and recognises schemas by trait, so our copy
  // composes with the host's zod and follows its z.config(). i18next (~7 ms) stays external.
  noExternal: ['zod'],
  // For scripts/third-party-licenses.ts, which lists the bundled packages and removes these files.
  metafile: true,
})
