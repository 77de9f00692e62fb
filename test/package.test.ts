import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root } from './setup/dist.js'
import { distImports } from './support/dist-imports.js'
import { installPacked, run } from './support/packed.js'

const dist = join(root, 'dist')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string }
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  peerDependencies: Record<string, string>
}
/** `zod/mini` → `zod`, `@scope/name/sub` → `@scope/name`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '')

describe('what dist/ holds and loads (issue 15)', () => {
  beforeAll(() => ensureBuilt(), 240_000)

  it("holds this package's code only: no source map names a file of node_modules", () => {
    const maps = readdirSync(dist).filter((file) => file.endsWith('.map'))
    expect(maps.length).toBeGreaterThan(10)
    const bundled = maps.flatMap((file) => (JSON.parse(readFileSync(join(dist, file), 'utf8')) as { sources: string[] }).sources.filter((source) => source.includes('node_modules/')))
    expect(bundled).toEqual([])
    // Nothing bundled, so no licence file to ship (scripts/third-party-licenses.ts writes one when something is).
    expect(existsSync(join(dist, 'THIRD-PARTY-LICENSES.md'))).toBe(false)
  })

  it('loads zod, unified and remark-parse as dependencies that the host resolves, and nothing undeclared', () => {
    for (const name of ['zod', 'unified', 'remark-parse']) {
      expect(manifest.dependencies[name], name).toBeDefined()
      expect(manifest.devDependencies[name], name).toBeUndefined()
    }
    expect(distImports(dist, 'index.js').static).toEqual(expect.arrayContaining(['zod/mini', 'unified', 'remark-parse', 'i18next']))
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])
    for (const entry of readdirSync(dist).filter((file) => /\.(?:c?js)$/.test(file) && !file.startsWith('chunk-'))) {
      const { static: loaded, dynamic } = distImports(dist, entry)
      const undeclared = [...loaded, ...dynamic].filter((specifier) => !isBuiltin(specifier) && !declared.has(packageName(specifier)))
      expect(undeclared, entry).toEqual([])
    }
  })

  it('says it needs Node 20.19, where require() loads the ESM-only unified and remark-parse from the CommonJS build', () => {
    expect(manifest.engines.node).toBe('>=20.19')
    expect(distImports(dist, 'index.cjs').static).toEqual(expect.arrayContaining(['unified', 'remark-parse']))
  })

  it.each(['measure.js', 'measure.cjs'])('bilingual-posts/measure (%s) loads nothing outside dist/', (entry) => {
    const { static: loaded, dynamic } = distImports(dist, entry)
    expect([...loaded, ...dynamic]).toEqual([])
  })

  it.each(['index.js', 'index.cjs', 'measure.js', 'measure.cjs', 'vitest.js', 'vitest.cjs'])('%s and its chunks import no Node built-in, even dynamically', (entry) => {
    const { files, static: loaded, dynamic } = distImports(dist, entry)
    expect(files.length).toBeGreaterThan(0)
    expect([...loaded, ...dynamic].filter(isBuiltin)).toEqual([])
  })

  it.each(['pipelines.js', 'pipelines.cjs'])('%s loads node:fs only from inside readPostFile, by import()', (entry) => {
    const { static: loaded, dynamic } = distImports(dist, entry)
    expect(loaded.filter(isBuiltin)).toEqual([])
    expect(dynamic).toEqual(['node:fs/promises'])
  })
})

describe('the published package', () => {
  let project = ''
  let remove = () => {}

  beforeAll(() => {
    ensureBuilt()
    ;({ project, remove } = installPacked('bilingual-posts-pack-'))
  }, 240_000)

  afterAll(() => remove())

  it('passes publint', () => {
    expect(run('npx', ['publint', '--strict'])).toContain('All good')
  })

  it('has types that resolve for every entry under node16 and bundlers (are-the-types-wrong)', () => {
    // attw exits non-zero on any problem (execFileSync then throws); node10 cannot see subpath
    // exports and is ignored by the node16 profile, so only its lines may carry a 💀.
    const out = run('npx', ['attw', '--pack', '.', '--profile', 'node16'])
    for (const entry of ['"bilingual-posts"', '"bilingual-posts/measure"', '"bilingual-posts/pipelines"', '"bilingual-posts/vitest"']) expect(out).toContain(entry)
    const failing = out.split('\n').filter((line) => /❌|💀/.test(line) && !/node10|ignored/.test(line))
    expect(failing).toEqual([])
  }, 120_000)

  it('imports as ESM and as CommonJS from a fresh project', () => {
    const esm = run(
      'node',
      [
        '--input-type=module',
        '-e',
        "import { definePost, measure, check } from 'bilingual-posts'; import { measure as m } from 'bilingual-posts/measure'; const p = definePost({ en: 'Hello', fr: 'Bonjour' }); console.log(measure('Bonjour', 'x').length, m('Bonjour', 'bluesky').length, check(p).ok)",
      ],
      project,
    )
    expect(esm.trim()).toBe('7 7 true')
    // The .md post reads its YAML front matter (yaml) and the XLIFF round trip parses XML (saxes): both come with the subpath.
    const pipelinesEsm = run(
      'node',
      [
        '--input-type=module',
        '-e',
        "import { definePost } from 'bilingual-posts'; import { fromXliff, toXliff, parsePostFile } from 'bilingual-posts/pipelines'; const md = ['---', 'platforms: [x]', '---', '<!-- en -->', 'Hi', '<!-- fr -->', 'Salut', ''].join(String.fromCharCode(10)); const file = parsePostFile(md, 'post.md'); console.log(fromXliff(toXliff([definePost({ en: 'Hello', fr: 'Bonjour' })]))[0].fr, file.posts[0].post.platforms.join())",
      ],
      project,
    )
    expect(pipelinesEsm.trim()).toBe('Bonjour x')
    // zod is the host's own (a dependency, not bundled): our schemas compose with its schemas, and its z.config() stays the host's;
    // definePost's issues are in the library's own words, in the language asked.
    const composed = run(
      'node',
      [
        '--input-type=module',
        '-e',
        "import * as z from 'zod'; import { postInputSchema, definePost } from 'bilingual-posts'; const s = z.object({ post: postInputSchema }); const issue = s.safeParse({ post: { en: 'Hi', fr: 1 } }).error.issues[0]; z.config(z.locales.fr()); const own = (lang) => { try { definePost({ en: 'Hi' }, { messageLanguage: lang }) } catch (e) { return e.issues[0].message } }; console.log(issue.path.join('.'), typeof z.toJSONSchema(s).properties.post, s.safeParse({}).error.issues[0].message.startsWith('Entrée invalide'), own('en'), '|', own('fr'))",
      ],
      project,
    )
    expect(composed.trim()).toBe('post.fr object true The French text (fr) is missing. | Le texte français (fr) manque.')
    // check() of a Markdown post parses it: require() of the ESM-only unified and remark-parse (Node >= 20.19).
    const cjs = run(
      'node',
      [
        '-e',
        "const { definePost, measure, check, render } = require('bilingual-posts'); const { measure: m } = require('bilingual-posts/measure'); const p = definePost({ en: '**Recall**: [details](https://recalls-rappels.canada.ca/en)', fr: '**Rappel** : [détails](https://recalls-rappels.canada.ca/fr)' }); console.log(measure('Bonjour', 'x').length, m('Bonjour', 'bluesky').length, check(p).ok, render(p.fr, 'x'))",
      ],
      project,
    )
    expect(cjs.trim()).toBe('7 7 true Rappel : détails https://recalls-rappels.canada.ca/fr')
    const pipelinesCjs = run(
      'node',
      [
        '-e',
        "const { definePost } = require('bilingual-posts'); const { fromXliff, toXliff } = require('bilingual-posts/pipelines'); console.log(fromXliff(toXliff([definePost({ en: 'Hello', fr: 'Bonjour' })]))[0].fr)",
      ],
      project,
    )
    expect(pipelinesCjs.trim()).toBe('Bonjour')
  })
})
