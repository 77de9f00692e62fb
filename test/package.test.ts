import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './setup/dist.js'

const root = new URL('..', import.meta.url).pathname
const run = (command: string, args: string[], cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the published package', () => {
  let project = ''

  beforeAll(() => {
    ensureBuilt()
    project = mkdtempSync(join(tmpdir(), 'bilingual-posts-pack-'))
    run('npm', ['pack', '--pack-destination', project, '--silent'])
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))
    if (tarball === undefined) throw new Error('npm pack wrote no tarball')
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, tarball)], project)
  }, 240_000)

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true })
  })

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
    const esm = run('node', ['--input-type=module', '-e', "import { definePost, measure, check } from 'bilingual-posts'; import { measure as m } from 'bilingual-posts/measure'; const p = definePost({ en: 'Hello', fr: 'Bonjour' }); console.log(measure('Bonjour', 'x').length, m('Bonjour', 'bluesky').length, check(p).ok)"], project)
    expect(esm.trim()).toBe('7 7 true')
    // The .md post reads its YAML front matter (yaml) and the XLIFF round trip parses XML (saxes): both come with the subpath.
    const pipelinesEsm = run('node', ['--input-type=module', '-e', "import { definePost } from 'bilingual-posts'; import { fromXliff, toXliff, parsePostFile } from 'bilingual-posts/pipelines'; const md = ['---', 'platforms: [x]', '---', '<!-- en -->', 'Hi', '<!-- fr -->', 'Salut', ''].join(String.fromCharCode(10)); const file = parsePostFile(md, 'post.md'); console.log(fromXliff(toXliff([definePost({ en: 'Hello', fr: 'Bonjour' })]))[0].fr, file.posts[0].post.platforms.join())"], project)
    expect(pipelinesEsm.trim()).toBe('Bonjour x')
    // zod is bundled into dist (cold start): our schemas must still compose with the host's own zod and follow its z.config().
    const composed = run('node', ['--input-type=module', '-e', "import * as z from 'zod'; import { postInputSchema, definePost } from 'bilingual-posts'; const s = z.object({ post: postInputSchema }); const issue = s.safeParse({ post: { en: 'Hi', fr: 1 } }).error.issues[0]; z.config(z.locales.fr()); let message = ''; try { definePost({ en: 'Hi' }) } catch (e) { message = e.issues[0].message } console.log(issue.path.join('.'), typeof z.toJSONSchema(s).properties.post, message.startsWith('Entrée invalide'))"], project)
    expect(composed.trim()).toBe('post.fr object true')
    const cjs = run('node', ['-e', "const { definePost, measure } = require('bilingual-posts'); const { measure: m } = require('bilingual-posts/measure'); definePost({ en: 'Hello', fr: 'Bonjour' }); console.log(measure('Bonjour', 'x').length, m('Bonjour', 'bluesky').length)"], project)
    expect(cjs.trim()).toBe('7 7')
    const pipelinesCjs = run('node', ['-e', "const { definePost } = require('bilingual-posts'); const { fromXliff, toXliff } = require('bilingual-posts/pipelines'); console.log(fromXliff(toXliff([definePost({ en: 'Hello', fr: 'Bonjour' })]))[0].fr)"], project)
    expect(pipelinesCjs.trim()).toBe('Bonjour')
  })
})
