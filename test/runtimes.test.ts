// The runtime matrix (issue 15): the packed package, installed in a fresh project, runs the same calls
// (test/fixtures/runtimes/app.mjs: definePost, check, render, measure, toPayloads, toXliff, fromXliff,
// parsePostFile, renderPreview) on the bundled examples and on Markdown posts in each runtime, and each gives
// Node's values, value for value. Each assertion names its runtime.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInNewContext } from 'node:vm'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { build as viteBuild } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root } from './setup/dist.js'
import { chromiumPath, haveChromium, launchChromium } from './support/chromium.js'
import { installPacked, run } from './support/packed.js'

const fixtures = join(root, 'test', 'fixtures')

/** The first of `candidates` (paths under node_modules) that runs `--version`: the binary of the npm package `deno`, `bun` or `workerd`. */
function runtimeBinary(candidates: string[]): string | undefined {
  for (const candidate of candidates.map((path) => join(root, 'node_modules', path))) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 20_000 })
      return candidate
    } catch {
      // absent, or the placeholder an install without its script leaves: try the next
    }
  }
  return undefined
}
const deno = runtimeBinary(['deno/deno', '@deno/linux-x64-glibc/deno'])
const bun = runtimeBinary(['bun/bin/bun.exe', '@oven/bun-linux-x64/bin/bun'])
const workerd = runtimeBinary(['workerd/bin/workerd', '@cloudflare/workerd-linux-64/bin/workerd'])
if (deno === undefined) console.warn('Skipping Deno in the runtime matrix: no runnable binary from the npm package `deno` (npm ci installs it).')
if (workerd === undefined) console.warn('Skipping workerd in the runtime matrix: no runnable binary from the npm package `workerd` (npm ci installs it).')
if (bun === undefined) console.warn('Skipping Bun in the runtime matrix: no runnable binary from the npm package `bun` (npm ci installs it).')

/** The inputs every runtime gets: the examples, Markdown posts (one without French), and post files. */
function inputs() {
  const examples = readdirSync(join(root, 'examples', 'posts'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: `examples/posts/${file}`, input: JSON.parse(readFileSync(join(root, 'examples', 'posts', file), 'utf8')) as unknown }))
  const markdown = (JSON.parse(readFileSync(join(fixtures, 'runtimes', 'markdown-posts.json'), 'utf8')) as unknown[]).map((input, index) => ({ name: `markdown-posts.json#${index}`, input }))
  const files = ['good/flu-clinics.md', 'good/passport.json', 'warn/colon.md', 'bad/over-limit.md', 'bad/missing-french.md'].map((name) => ({
    name,
    text: readFileSync(join(fixtures, 'cli', name), 'utf8'),
  }))
  return { posts: [...examples, ...markdown], files }
}

const load = {
  esm: `import * as main from 'bilingual-posts'
import * as measure from 'bilingual-posts/measure'
import * as pipelines from 'bilingual-posts/pipelines'
import inputs from './inputs.json' with { type: 'json' }
import { runAll } from './app.mjs'
`,
  cjs: `const main = require('bilingual-posts')
const measure = require('bilingual-posts/measure')
const pipelines = require('bilingual-posts/pipelines')
const inputs = require('./inputs.json')
`,
}
// A bundle's entry keeps the result (or the error) on globalThis, for the page or the VM context to read.
const bundleEntry = `${load.esm.replace(" with { type: 'json' }", '')}
try {
  globalThis.__result = JSON.stringify(runAll({ main, measure, pipelines }, inputs))
} catch (error) {
  globalThis.__error = String(error && error.stack || error)
}
// With no file system, reading a file is a problem in the result, not an exception.
globalThis.__read = pipelines.readPostFile('posts/flu-clinics.md').then((file) => file.problems.map((problem) => problem.code), (error) => 'threw ' + error)
`

interface Results {
  posts: Array<{ name: string; ok?: boolean; error?: { name: string }; platforms?: Record<string, { en: Measured; fr: Measured; payloads: { error?: { name: string } } }> }>
  files: Array<{ name: string; problems: Array<{ code: string }>; posts: Array<{ rendered: string[] }> }>
  xliff: { text: string; roundTrip: boolean }
  preview: string
}
interface Measured {
  text: string
  length: number
  sameInMeasureEntry: boolean
}

describe('the same calls in every runtime give the same values (issue 15)', () => {
  let project = ''
  let remove = () => {}
  let node: Results

  beforeAll(() => {
    ensureBuilt()
    ;({ project, remove } = installPacked('bilingual-posts-runtimes-'))
    copyFileSync(join(fixtures, 'runtimes', 'app.mjs'), join(project, 'app.mjs'))
    writeFileSync(join(project, 'inputs.json'), JSON.stringify(inputs()))
    // console.log, not process.stdout: the same file runs in Node, Deno and Bun.
    writeFileSync(join(project, 'esm.mjs'), `${load.esm}console.log(JSON.stringify(runAll({ main, measure, pipelines }, inputs)))\n`)
    node = JSON.parse(run('node', ['esm.mjs'], project)) as Results
  }, 240_000)

  let browser: Browser | undefined
  afterAll(async () => {
    await browser?.close()
    remove()
  })

  /** Opens `url` in Chromium, waits for the bundle's result and returns it; no page error and no request elsewhere allowed. */
  async function resultInChromium(url: string, serve?: { origin: string; folder: string }): Promise<unknown> {
    browser ??= await launchChromium()
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('request', (request) => {
      // node:fs/promises is readPostFile's import() in the esbuild bundle (esbuild leaves node: imports as they are):
      // the page asks for it, nothing can answer it, and readPostFile reports an unreadable file.
      if (!request.url().startsWith(serve?.origin ?? 'file://') && request.url() !== 'node:fs/promises') problems.push(`request to ${request.url()}`)
    })
    if (serve !== undefined) await page.route(`${serve.origin}/**`, (route) => route.fulfill({ path: join(serve.folder, new URL(route.request().url()).pathname) }))
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction('globalThis.__result !== undefined || globalThis.__error !== undefined', undefined, { timeout: 20_000 })
    const error = await page.evaluate<string | undefined>('globalThis.__error')
    const result = await page.evaluate<string | undefined>('globalThis.__result')
    const read = await page.evaluate('globalThis.__read')
    await page.close()
    expect(read, `${url}: readPostFile without a file system`).toEqual(['unreadable'])
    expect(error, `${url}: the bundle threw`).toBeUndefined()
    expect(problems, `${url}: page errors or requests`).toEqual([])
    return JSON.parse(result ?? 'null')
  }

  it('Node ESM: real results on the examples and on Markdown posts (what the other runtimes are compared with)', () => {
    const names = node.posts.map((post) => post.name)
    expect(names).toHaveLength(11)
    expect(node.posts.filter((post) => post.error !== undefined).map((post) => [post.name, post.error?.name])).toEqual([['markdown-posts.json#4', 'PostInputError']])
    const recall = node.posts.find((post) => post.name === 'markdown-posts.json#0')
    // Markdown parsed (unified + remark-parse): emphasis gone, list items as bullets, link as the platform shows it.
    expect(recall?.platforms?.mastodon?.fr.text).toMatch(/^Rappel d’aliments : certaines laitues romaines Green Valley vendues/)
    expect(recall?.platforms?.mastodon?.fr.text).toContain('\n• Ne les consommez pas')
    expect(recall?.platforms?.mastodon?.fr.text).toContain('Détails du rappel https://recalls-rappels.canada.ca/fr/avis-rappel/laitue-romaine-green-valley')
    expect(recall?.platforms?.mastodon?.fr.text).not.toContain('**')
    expect(recall?.platforms?.x?.fr.length).toBeGreaterThan(280)
    expect(recall?.platforms?.x?.payloads.error?.name).toBe('OverflowError')
    expect(node.posts.flatMap((post) => Object.values(post.platforms ?? {}).flatMap((p) => [p.en.sameInMeasureEntry, p.fr.sameInMeasureEntry]))).not.toContain(false)
    expect(node.files.map((file) => [file.name, file.posts.length, file.problems.map((p) => p.code)])).toEqual([
      ['good/flu-clinics.md', 1, []],
      ['good/passport.json', 1, []],
      ['warn/colon.md', 1, []],
      ['bad/over-limit.md', 1, []],
      ['bad/missing-french.md', 0, ['missingSection']],
    ])
    expect(node.files[0]?.posts[0]?.rendered[0]).toContain('Trouvez-en une près de chez vous https://www.canada.ca/fr/sante-publique/grippe.html')
    expect(node.xliff.roundTrip).toBe(true)
    expect(node.xliff.text).toContain('trgLang="fr-CA"')
    expect(node.preview).toMatch(/^<!doctype html>\n<html lang="fr">/)
  })

  it('Node CommonJS (require() of the .cjs build) gives the same values as Node ESM', () => {
    writeFileSync(join(project, 'cjs.cjs'), `${load.cjs}import('./app.mjs').then(({ runAll }) => process.stdout.write(JSON.stringify(runAll({ main, measure, pipelines }, inputs))))\n`)
    expect(JSON.parse(run('node', ['cjs.cjs'], project)), 'Node CommonJS').toEqual(node)
  })

  // Both run the ESM file as it is, from the project's node_modules; --cached-only and --no-install forbid
  // fetching anything. Deno asks for read and env access because yaml's Node build reads LOG_TOKENS.
  it.skipIf(deno === undefined)('Deno (npm package `deno`) runs the ESM entries from node_modules and gives Node\u2019s values', () => {
    const out = execFileSync(deno ?? 'deno', ['run', '--cached-only', '--no-prompt', '--allow-read', '--allow-env', 'esm.mjs'], {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DENO_DIR: join(project, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    })
    expect(JSON.parse(out), 'Deno').toEqual(node)
  })

  it.skipIf(bun === undefined)('Bun (npm package `bun`) runs the ESM entries from node_modules and gives Node\u2019s values', () => {
    const out = execFileSync(bun ?? 'bun', ['--no-install', 'esm.mjs'], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } })
    expect(JSON.parse(out), 'Bun').toEqual(node)
  })

  it.skipIf(!haveChromium)(`Chromium (${chromiumPath}, headless) runs an esbuild --platform=browser bundle and gives Node's values`, async () => {
    writeFileSync(join(project, 'browser-entry.mjs'), bundleEntry)
    const bundle = await build({
      entryPoints: [join(project, 'browser-entry.mjs')],
      absWorkingDir: project,
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      outfile: join(project, 'public', 'app.js'),
      logLevel: 'silent',
    })
    expect(bundle.errors, 'esbuild --platform=browser').toEqual([])
    writeFileSync(
      join(project, 'public', 'index.html'),
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>runtime matrix</title></head><body><script src="app.js"></script></body></html>\n',
    )

    expect(await resultInChromium(pathToFileURL(join(project, 'public', 'index.html')).href), 'Chromium (esbuild --platform=browser)').toEqual(node)
  })

  it.skipIf(!haveChromium)('Chromium runs a Vite build of the packed package and gives Node\u2019s values (where `.cwd is not a function` was)', async () => {
    writeFileSync(join(project, 'vite-entry.mjs'), bundleEntry)
    writeFileSync(
      join(project, 'index.html'),
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>runtime matrix</title></head><body><script type="module" src="./vite-entry.mjs"></script></body></html>\n',
    )
    await viteBuild({ root: project, configFile: false, logLevel: 'silent', build: { outDir: join(project, 'vite-dist'), emptyOutDir: true } })
    // Module scripts do not load from file://: the page's origin is a name that playwright answers from disk, no server.
    const origin = 'http://bilingual-posts.test'
    expect(await resultInChromium(`${origin}/index.html`, { origin, folder: join(project, 'vite-dist') }), 'Chromium (Vite build)').toEqual(node)
  })

  /** The Workers-style bundle of `source`: esbuild --platform=neutral --conditions=worker,browser, as Cloudflare's tools build one. */
  async function workerBundle(source: string, format: 'iife' | 'esm'): Promise<string> {
    const bundle = await build({
      stdin: { contents: source, resolveDir: project, sourcefile: 'worker-entry.mjs', loader: 'js' },
      bundle: true,
      minify: true,
      format,
      platform: 'neutral',
      conditions: ['worker', 'browser'],
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    })
    expect(bundle.errors, 'esbuild --platform=neutral --conditions=worker,browser').toEqual([])
    return bundle.outputFiles[0]?.text ?? ''
  }

  it('a Workers-style bundle runs in node:vm with web APIs only, no Node, and gives Node\u2019s values', async () => {
    // What a worker has of the web platform, and nothing of Node: no process, require, Buffer or document.
    const context: Record<string, unknown> = { URL, URLSearchParams, TextEncoder, TextDecoder, structuredClone, queueMicrotask, console }
    runInNewContext(await workerBundle(bundleEntry, 'iife'), context, { filename: 'worker.js' })
    expect(context.__error, 'worker bundle in node:vm: it threw').toBeUndefined()
    expect(JSON.parse(context.__result as string), 'worker bundle in node:vm').toEqual(node)
  })

  // `workerd test` runs the worker's test() handler and exits: no server, no port. No nodejs_compat flag,
  // so the worker has no Node API at all; its console.log goes to workerd's standard output.
  it.skipIf(workerd === undefined)('workerd (npm package `workerd`, no Node compatibility) runs the worker bundle and gives Node\u2019s values', async () => {
    const source = `${load.esm.replace(" with { type: 'json' }", '')}
export default {
  async test() {
    console.log(JSON.stringify(runAll({ main, measure, pipelines }, inputs)))
  },
}
`
    mkdirSync(join(project, 'workerd'))
    writeFileSync(join(project, 'workerd', 'worker.js'), await workerBundle(source, 'esm'))
    writeFileSync(
      join(project, 'workerd', 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (services = [(name = "main", worker = .worker)]);
const worker :Workerd.Worker = (modules = [(name = "worker.js", esModule = embed "worker.js")], compatibilityDate = "2026-11-01");
`,
    )
    const out = execFileSync(workerd ?? 'workerd', ['test', 'config.capnp'], { cwd: join(project, 'workerd'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
    expect(JSON.parse(out.trim().split('\n').at(-1) ?? 'null'), 'workerd').toEqual(node)
  })
})
