/**
 * Size of a package entry as a web app's bundle gets it: esbuild bundles the
 * built file with its dependencies (minify, ESM, platform browser, so that
 * vfile and decode-named-character-reference give their browser variants,
 * as they do in the host's bundler), then gzip.
 * Peer dependencies (vitest) are the host's and are left out. Shared by the
 * size-budget test (test/size-budgets.test.ts) and `npm run bench -- size`.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))

interface Manifest {
  exports: Record<string, string | { import: { default: string } }>
  peerDependencies?: Record<string, string>
  sizeBudgetsKB: Record<string, number>
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest

/** One entry of the `exports` map with a code file, its built ESM file and its budget from package.json `sizeBudgetsKB`. */
export interface EntryBudget {
  /** The subpath as users import it: `.`, `./measure`… */
  readonly subpath: string
  /** The built ESM file, relative to the package root. */
  readonly file: string
  /** Most KB (1,024 bytes) min+gzip, or undefined when the entry has none. */
  readonly budgetKB: number | undefined
  /** Where it runs: `node` for the Node-only entry (`./config` reads files), else `browser`, as a web app bundles it. */
  readonly platform: 'browser' | 'node'
}

/** Entries that read files and so run in Node only. */
const nodeOnlyEntries: readonly string[] = ['./config']

/** Every subpath of `exports` that is code (not `./package.json`), with its budget. */
export function entryBudgets(): EntryBudget[] {
  return Object.entries(manifest.exports).flatMap(([subpath, target]) =>
    typeof target === 'string' ? [] : [{ subpath, file: target.import.default, budgetKB: manifest.sizeBudgetsKB[subpath], platform: nodeOnlyEntries.includes(subpath) ? 'node' : 'browser' }],
  )
}

/** Min+gzip size in KB of `file` (relative to the package root) bundled with its dependencies. */
export async function minGzipKB(file: string, platform: 'browser' | 'node' = 'browser'): Promise<number> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(file, `file://${root}`))],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform,
    external: Object.keys(manifest.peerDependencies ?? {}),
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length / 1024
}

/** A browser app's bundle: its min+gzip size in KB and the packages esbuild put in it. */
export interface AppBundle {
  readonly kb: number
  /** Each package folder of node_modules that the bundle holds code from, as many times as it is there. */
  readonly packageDirs: readonly string[]
}

/** Bundles `source` (ESM, resolved from the package root, so `./dist/index.js` is this package) for the browser. */
export async function browserAppBundle(source: string): Promise<AppBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  })
  const dirs = new Set<string>()
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match?.[1] !== undefined) dirs.add(match[1])
  }
  return { kb: gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length / 1024, packageDirs: [...dirs].sort() }
}

/** The app of the README's figures: it uses definePost, check, render, measure and toPayloads. */
export const appSource = `import { definePost, check, render, measure, toPayloads } from './dist/index.js'
const post = definePost({ en: globalThis.en, fr: globalThis.fr, platforms: ['x', 'bluesky'] })
globalThis.out = [check(post).ok, measure(render(post.fr, 'x'), 'x').length, toPayloads(post, 'x')]
`

/** A host app that uses zod and unified with remark-parse itself, as an editor built on them would. */
export const hostSource = `import * as z from 'zod'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
const draft = z.object({ title: z.string().min(1), body: z.string() })
globalThis.hostOut = [draft.parse(globalThis.draft), unified().use(remarkParse).parse(globalThis.draft.body)]
`

/** Min+gzip of the app alone, of the host alone, and of the host with the app in one bundle (shared zod and unified). */
export async function appSizes(): Promise<{ app: AppBundle; host: AppBundle; hostWithApp: AppBundle }> {
  return {
    app: await browserAppBundle(appSource),
    host: await browserAppBundle(hostSource),
    hostWithApp: await browserAppBundle(`${hostSource}\n${appSource}`),
  }
}
