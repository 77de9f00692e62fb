/**
 * Size of a package entry as a user's bundle gets it: esbuild bundles the
 * built file with its dependencies (minify, ESM, platform node), then gzip.
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
}

/** Every subpath of `exports` that is code (not `./package.json`), with its budget. */
export function entryBudgets(): EntryBudget[] {
  return Object.entries(manifest.exports).flatMap(([subpath, target]) =>
    typeof target === 'string' ? [] : [{ subpath, file: target.import.default, budgetKB: manifest.sizeBudgetsKB[subpath] }],
  )
}

/** Min+gzip size in KB of `file` (relative to the package root) bundled with its dependencies. */
export async function minGzipKB(file: string): Promise<number> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(file, `file://${root}`))],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'node',
    external: Object.keys(manifest.peerDependencies ?? {}),
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length / 1024
}
