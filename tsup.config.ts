import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    measure: 'src/measure-entry.ts',
    pipelines: 'src/pipelines.ts',
    // Node-only: reads config files (lilconfig, node:fs), so /pipelines stays browser-safe.
    config: 'src/config-entry.ts',
    // src/cli/main.ts starts with `#!/usr/bin/env node`; esbuild keeps an entry's hashbang, on that file only, and tsup marks it executable.
    cli: 'src/cli/main.ts',
    vitest: 'src/vitest/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Keep `node:fs/promises` as written: Deno and bundlers know a `node:` specifier is a built-in, and the
  // browser-safety test finds them by that prefix.
  removeNodeProtocol: false,
  treeshake: true,
  // Shared chunks for CommonJS too (esbuild splits ESM only by default): otherwise index.cjs, pipelines.cjs and
  // vitest.cjs each carry their own copy of the library, with their own i18next instance and error classes,
  // so that `instanceof PostInputError` or `getI18n().addResourceBundle` from one entry miss the others.
  splitting: true,
  // No `noExternal`: every dependency (zod, unified, remark-parse, i18next, yaml, saxes) stays external, as
  // tsup leaves `dependencies` and `peerDependencies` by default, so the host's bundler or runtime resolves
  // each with its own conditions. Bundled with Node's conditions, they put vfile's Node variants (node:path,
  // node:process, node:url) into dist, which broke browser and worker builds, and gave a host that uses zod
  // or unified a second copy (issue 15). dist holds this package's code only; test/package.test.ts checks it.
  // The metafile is for scripts/third-party-licenses.ts, which lists any bundled package and removes these files.
  metafile: true,
})
