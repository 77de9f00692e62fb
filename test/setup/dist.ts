// Builds the package (npm run build) when dist/ is missing or older than the sources, once even when
// several test files ask at the same time: a directory made with mkdir is the lock, as mkdir is atomic.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const cliPath = join(root, 'dist', 'cli.js')
const outputs = ['dist/cli.js', 'dist/vitest.js', 'dist/index.js', 'dist/pipelines.js', 'dist/vitest.d.ts'].map((file) => join(root, file))
const inputs = ['src', 'locales', 'package.json', 'tsup.config.ts'].map((file) => join(root, file))
const lock = join(root, 'node_modules', '.bilingual-posts-test-build.lock')

function newest(path: string): number {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))))
}

function isStale(): boolean {
  if (!outputs.every((file) => existsSync(file))) return true
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  return Math.max(...inputs.map(newest)) > built
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Makes sure dist/ is built from the current sources. */
export function ensureBuilt(): void {
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock older than 5 minutes is left over from a killed run.
      const held = statSync(lock, { throwIfNoEntry: false })
      if (held !== undefined && Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true })
      sleep(500)
    }
  }
  try {
    if (isStale()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
