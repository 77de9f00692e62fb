// @ts-check
/**
 * The layers of src/, lowest first. A module may import from its own layer and from layers before it
 * (to its left), never from a layer after it: text knows nothing of platforms, checks nothing of export,
 * the package's entries nothing of the CLI, and only the CLI sees everything. `npm run lint:layers` (part of
 * `npm test`) enforces it, with no circular imports (type-only ones included) and no module left out of the order.
 *
 * Where a folder sits follows from what it imports; README's "Architecture" section says the same in prose.
 */
const layers = [
  // Shared resources, no code: the built-in conduct word lists (JSON). Only conduct/ reads them.
  { name: 'data', path: '^src/data/' },
  // Code points, graphemes, UTF-8, URLs, hashtags, mentions, Markdown, prose ranges, the two languages.
  { name: 'text', path: '^src/text/' },
  // The library's own i18next instances over locales/. Needs only the types `Lang` and `Bilingual` from text;
  // every layer above may word a message with it.
  { name: 'i18n', path: '^src/i18n/' },
  // One file per platform (limits, counting, handles), the registry, fitting, thread splitting, rendering.
  { name: 'platforms', path: '^src/platforms/' },
  // The post model: zod schema, definePost and its errors, media rules.
  { name: 'post', path: '^src/post/' },
  // Non-partisan and comment-screening knowledge (terms, political hashtags, screenComment); the conduct/*
  // check rules build on it, so it sits below checks.
  { name: 'conduct', path: '^src/conduct/' },
  // The engine, diagnostics, fixes, formatting, one file per rule.
  { name: 'checks', path: '^src/checks/' },
  // Handles and bilingual profiles: reported through checks' diagnostics, with conduct's lists.
  { name: 'accounts', path: '^src/accounts/' },
  // Platform payloads and account modes.
  { name: 'export', path: '^src/export/' },
  // Post files (JSON, Markdown), XLIFF and the HTML preview: readers and writers of posts side by side.
  { name: 'files/xliff/preview', path: '^src/(files|xliff|preview)/' },
  // The config file's schema names options of checks, conduct and export; the matchers and the CLI read it.
  { name: 'config', path: '^src/config/' },
  // The vitest matchers (bilingual-posts/vitest).
  { name: 'vitest', path: '^src/vitest/' },
  // The library's entry points (index, measure-entry, pipelines, config-entry) re-export the layers below.
  // Library code, so no CLI code: /pipelines holds the post-file readers, which is why they are src/files/.
  { name: 'entries', path: '^src/[^/]+\\.ts$' },
  // The bilingual-posts command, on top: it may use any layer, entries included; nothing imports it.
  { name: 'cli', path: '^src/cli/' },
]

const anyLayer = layers.map((layer) => `(${layer.path})`).join('|')

// The modules tsup builds from (tsup.config.ts `entry`): everything else in src/ must be reachable from one.
const buildEntries = '^src/(index|measure-entry|pipelines|config-entry)\\.ts$|^src/cli/main\\.ts$|^src/vitest/index\\.ts$'

/** One rule per layer: it may not import from any layer after it. */
const layerRules = layers.slice(0, -1).map((layer, index) => ({
  name: `layers/${layer.name}`,
  comment: `${layer.name} may import only from ${layers
    .slice(0, index + 1)
    .map((below) => below.name)
    .join(', ')} (see the order in .dependency-cruiser.cjs)`,
  severity: /** @type {const} */ ('error'),
  from: { path: layer.path },
  to: {
    path: layers
      .slice(index + 1)
      .map((above) => `(${above.path})`)
      .join('|'),
  },
}))

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'layers/every-module-placed',
      // The order is spelt out here, so that the message says where a new folder may go (test/layers.test.ts reads it).
      comment: `Every module in src/ belongs to a layer; a new top-level folder or file needs its place in the order first: ${layers.map((layer) => layer.name).join(' → ')}`,
      severity: 'error',
      from: { path: '^src/', pathNot: anyLayer },
      to: {},
    },
    {
      name: 'layers/every-module-placed',
      comment: 'Every module in src/ belongs to a layer, imported ones too (a JSON file in a new folder)',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: anyLayer },
    },
    {
      name: 'no-circular',
      comment: 'Imports go one way, type-only ones included: a circle means a type or function belongs lower down',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module in src/ that nothing imports and that imports nothing is dead code',
      severity: 'error',
      from: { path: '^src/', orphan: true },
      to: {},
    },
    {
      name: 'no-unreachable',
      comment: 'A module of src/ that no build entry (tsup.config.ts) imports, even through others, is dead code',
      severity: 'error',
      from: { path: buildEntries },
      to: { path: '^src/', pathNot: buildEntries, reachable: false },
    },
    {
      name: 'not-to-tests-or-scripts',
      comment: 'The library never reaches into tests, scripts, benchmarks or examples',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|scripts|bench|examples|playground)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing would hide an edge from every rule above',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type circle is still a circle, and a type from a higher layer still a leak.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
}
