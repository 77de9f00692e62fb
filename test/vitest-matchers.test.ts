// The matchers in this suite, then in a user's own vitest project that imports the BUILT package.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { transformSync } from 'esbuild'
import { useConfig } from '../src/vitest/index.js'
import { noInternalLinks } from '../examples/plugins/no-internal-links.js'
import { toPayloads } from '../src/export/index.js'
import { definePost } from '../src/post/define.js'
import { ensureBuilt, root } from './setup/dist.js'
import posts from './fixtures/internal-links-posts.json'

const fits = definePost({
  id: 'library',
  en: 'The library opens at noon.',
  fr: 'La bibliothèque ouvre à midi.',
  platforms: ['x', 'bluesky'],
})
const frenchTooLong = definePost({
  id: 'too-long',
  en: 'Flu clinics open Monday.',
  fr: 'Les cliniques de vaccination contre la grippe ouvrent lundi. '.repeat(6).trim(),
  platforms: ['x'],
})

describe('matchers in this suite', () => {
  it('toPassChecks passes a clean post and fails with the diagnostics listed', () => {
    expect(fits).toPassChecks()
    expect(() => expect(frenchTooLong).toPassChecks()).toThrow(/to pass checks, but it has 1 error\(s\) and 0 warning\(s\):\n {2}- fr .*\(length\/over-limit\)/)
    expect(frenchTooLong).not.toPassChecks()
    expect({ en: 'Hello' }).not.toPassChecks()
    expect(() => expect({ en: 'Hello' }).toPassChecks()).toThrow(/Expected a valid post[\s\S]*fr/)
  })

  it('toPassChecks counts warnings only when maxWarnings is given', () => {
    const colon = definePost({ en: 'Notice: closed Monday.', fr: 'Avis: fermé lundi.', platforms: ['x'] })
    expect(colon).toPassChecks()
    expect(() => expect(colon).toPassChecks({ maxWarnings: 0 })).toThrow(/at most 0 allowed[\s\S]*typography\/fr-colon/)
  })

  it('toFitPlatform tells one language from the other', () => {
    expect(frenchTooLong).toFitPlatform('x', { lang: 'en' })
    expect(frenchTooLong).not.toFitPlatform('x', { lang: 'fr' })
    expect(() => expect(frenchTooLong).toFitPlatform('x', { lang: 'fr' })).toThrow(/Expected the French text to fit x:\n {2}- fr .*The French text is \d+ weighted characters on X/)
    expect(frenchTooLong).toFitPlatform('x', { lang: 'fr', limits: { x: { text: 25_000 } } })
    expect(frenchTooLong).toFitPlatform('mastodon')
  })

  it('toBeValidPayload checks payload sets, thread items and bodies against the export schemas', () => {
    const payloads = toPayloads(fits, 'bluesky', { now: '2026-10-01T13:00:00Z' })
    expect(payloads).toBeValidPayload('bluesky')
    expect(payloads.en[0]).toBeValidPayload('bluesky')
    expect(payloads.en[0]?.body).toBeValidPayload('bluesky')
    expect(payloads).not.toBeValidPayload('x')
    expect(() => expect({ ...payloads, en: [{ body: { text: 42 } }] }).toBeValidPayload('bluesky')).toThrow(/Expected a valid bluesky payload set:\n {2}- en\.0\.body/)
  })
})

describe('matchers with a config (useConfig)', () => {
  const intranet = definePost(posts.bad)
  afterEach(() => useConfig(undefined))

  it('toPassChecks runs the config’s plugins and rules, under the matcher’s own options', () => {
    expect(intranet).toPassChecks()
    useConfig({ plugins: [noInternalLinks], rules: { 'typography/fr-colon': 'error' } })
    expect(intranet).not.toPassChecks()
    expect(() => expect(intranet).toPassChecks()).toThrow(/2 error\(s\) and 0 warning\(s\):\n {2}- en .*The English text links to intranet\.canada\.ca.*\(dept\/no-internal-links\)/)
    // The matcher's rules go over the config's, key by key: the plugin is still loaded, and turned down.
    expect(intranet).toPassChecks({ rules: { 'dept/no-internal-links': 'warn' } })
    expect(() => expect(intranet).toPassChecks({ rules: { 'dept/no-internal-links': 'warn' }, maxWarnings: 1 })).toThrow(/2 warning\(s\) \(at most 1 allowed\)/)
    useConfig(undefined)
    expect(intranet).toPassChecks()
  })

  it('the config’s platforms narrow the post’s, as on the command line', () => {
    useConfig({ platforms: ['linkedin'] })
    expect(frenchTooLong).toPassChecks()
    useConfig({ platforms: ['x', 'linkedin'] })
    expect(frenchTooLong).not.toPassChecks()
  })

  it('toFitPlatform takes the config’s limits unless given its own', () => {
    useConfig({ limits: { x: { text: 25_000 } } })
    expect(frenchTooLong).toFitPlatform('x')
    expect(frenchTooLong).not.toFitPlatform('x', { limits: { x: { text: 280 } } })
  })
})

/**
 * A user's own project with the package as npm would install it (a symlink, like `npm link` or a
 * `file:` dependency) and vitest beside it, in a new folder under the system's temporary one.
 */
function userProject(prefix: string): string {
  const project = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(project, 'node_modules'))
  symlinkSync(root, join(project, 'node_modules', 'bilingual-posts'), 'dir')
  symlinkSync(join(root, 'node_modules', 'vitest'), join(project, 'node_modules', 'vitest'), 'dir')
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }))
  return project
}

/** Runs vitest in `project`; its exit status and the results of its test file's tests. */
function runUserVitest(project: string): { status: number | null; stderr: string; tests: Array<{ title: string; status: string; failureMessages: string[] }> } {
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')
  const result = spawnSync(process.execPath, [vitest, 'run', '--reporter=json', '--outputFile=report.json'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1' },
  })
  const report = JSON.parse(readFileSync(join(project, 'report.json'), 'utf8'))
  return { status: result.status, stderr: result.stderr, tests: report.testResults[0].assertionResults }
}

describe("in a user's own vitest project", () => {
  let project: string
  beforeAll(() => {
    ensureBuilt()
    project = userProject('bilingual-posts-user-')
    writeFileSync(join(project, 'vitest.config.mjs'), "export default { test: { include: ['posts.test.mjs'] } }\n")
    writeFileSync(
      join(project, 'posts.test.mjs'),
      `import 'bilingual-posts/vitest'
import { definePost } from 'bilingual-posts'
import { expect, test } from 'vitest'

const post = definePost({
  en: 'Flu clinics open Monday.',
  fr: ${JSON.stringify(frenchTooLong.fr)},
  platforms: ['x'],
})

test('English fits X', () => {
  expect(post).toFitPlatform('x', { lang: 'en' })
})

test('French fits X', () => {
  expect(post).toFitPlatform('x', { lang: 'fr' })
})
`,
    )
  }, 300_000)
  afterAll(() => rmSync(project, { recursive: true, force: true }))

  it('runs one passing and one failing matcher, with the diagnostic in the failure', () => {
    const { status, stderr, tests } = runUserVitest(project)
    expect(status, stderr).toBe(1)
    expect(tests.map((t) => [t.title, t.status])).toEqual([
      ['English fits X', 'passed'],
      ['French fits X', 'failed'],
    ])
    expect(tests[1]?.failureMessages.join('\n')).toMatch(/Expected the French text to fit x:\n {2}- fr .*The French text is \d+ weighted characters on X, \d+ over the limit of 280/)
  }, 120_000)
})

describe("in a user's own vitest project with a config file", () => {
  let project: string
  beforeAll(() => {
    ensureBuilt()
    project = userProject('bilingual-posts-user-config-')
    mkdirSync(join(project, 'rules'))
    // The department's rule in plain JavaScript, its config, and a setup file that hands the config to the matchers.
    writeFileSync(join(project, 'rules', 'no-internal-links.mjs'), transformSync(readFileSync(join(root, 'examples/plugins/no-internal-links.ts'), 'utf8'), { loader: 'ts', format: 'esm' }).code)
    writeFileSync(join(project, 'bilingual-posts.config.mjs'), "import { noInternalLinks } from './rules/no-internal-links.mjs'\nexport default { plugins: [noInternalLinks] }\n")
    writeFileSync(
      join(project, 'vitest.setup.mjs'),
      "import { loadConfig } from 'bilingual-posts/config'\nimport { useConfig } from 'bilingual-posts/vitest'\nuseConfig((await loadConfig())?.config)\n",
    )
    writeFileSync(join(project, 'vitest.config.mjs'), "export default { test: { include: ['posts.test.mjs'], setupFiles: ['./vitest.setup.mjs'] } }\n")
    writeFileSync(
      join(project, 'posts.test.mjs'),
      `import { definePost } from 'bilingual-posts'
import { expect, test } from 'vitest'

test('the tax deadline post passes', () => {
  expect(definePost(${JSON.stringify(posts.good[0])})).toPassChecks()
})

test('the flu clinic post passes', () => {
  expect(definePost(${JSON.stringify(posts.bad)})).toPassChecks()
})
`,
    )
  }, 300_000)
  afterAll(() => rmSync(project, { recursive: true, force: true }))

  it('runs the config’s own rule in toPassChecks, found from the test’s working directory', () => {
    const { status, stderr, tests } = runUserVitest(project)
    expect(status, stderr).toBe(1)
    expect(tests.map((t) => [t.title, t.status])).toEqual([
      ['the tax deadline post passes', 'passed'],
      ['the flu clinic post passes', 'failed'],
    ])
    expect(tests[1]?.failureMessages.join('\n')).toMatch(/to pass checks, but it has 2 error\(s\)[\s\S]*The French text links to intranet\.canada\.ca[\s\S]*\(dept\/no-internal-links\)/)
  }, 120_000)
})
