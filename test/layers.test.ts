import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `npm test` runs `npm run lint:layers` on src/; these tests show that the same configuration fails on
// each kind of wrong import, and that the README lists the layers in the configuration's order.
const configPath = fileURLToPath(new URL('../.dependency-cruiser.cjs', import.meta.url))
const fixture = fileURLToPath(new URL('./fixtures/layers/', import.meta.url))
const depcruise = fileURLToPath(new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url))

/** Runs the cruise as `npm run lint:layers` does: the exit code is the number of errors, one line each. */
function cruise(directory: string): { readonly status: number | null; readonly errors: readonly string[] } {
  const result = spawnSync(process.execPath, [depcruise, 'src', '--config', configPath], { cwd: directory, encoding: 'utf8' })
  // A circle's report goes on over the next lines, one module each: join them to its first.
  const errors = result.stdout
    .replace(/ →\s*\n\s+/g, ' → ')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('error '))
  return { status: result.status, errors: errors.map((line) => line.trim().slice('error '.length)) }
}

describe('the layer rules (.dependency-cruiser.cjs)', () => {
  it('fail on each wrong import of a miniature src/, and pass its allowed ones', () => {
    const { status, errors } = cruise(fixture)
    // Allowed and absent: cli/main.ts → pipelines.ts (the CLI is above the entries), checks → platforms,
    // platforms → text, and the entries' other re-exports.
    expect(errors.filter((error) => !error.startsWith('no-circular')).sort()).toEqual([
      'layers/entries: src/pipelines.ts → src/cli/files.ts',
      'layers/every-module-placed: src/widgets/banner.ts → src/text/unicode.ts',
      'layers/text: src/text/hashtags.ts → src/platforms/x.ts',
      'no-orphans: src/post/draft.ts',
      'no-unreachable: src/checks/retired-rule.ts',
      'no-unreachable: src/post/draft.ts',
      'no-unreachable: src/widgets/banner.ts',
      'not-to-tests-or-scripts: src/export/payloads.ts → test/helper.ts',
      'not-to-unresolvable: src/export/payloads.ts → ../text/gone.js',
    ])
    // One circle, of type-only imports, which count.
    expect(errors.filter((error) => error.startsWith('no-circular'))).toEqual([
      expect.stringMatching(/^no-circular: src\/checks\/(engine|rule)\.ts → src\/checks\/(engine|rule)\.ts → src\/checks\/\1\.ts$/),
    ])
    // What makes `npm test` stop: the exit code counts the errors.
    expect(status).toBe(10)
  })

  it('are listed in the README’s Architecture section, in the same order', () => {
    const config = createRequire(import.meta.url)(configPath) as { forbidden: readonly { name: string; comment: string }[] }
    const placed = config.forbidden.find((rule) => rule.name === 'layers/every-module-placed' && rule.comment.includes(' → '))
    const order = placed?.comment.split(': ').at(-1)?.split(' → ')
    expect(order?.slice(0, 2)).toEqual(['data', 'text'])
    expect(order?.at(-1)).toBe('cli')
    // Every layer but the top one has its rule, named after it.
    expect(config.forbidden.filter((rule) => /^layers\/(?!every-)/.test(rule.name)).map((rule) => rule.name.slice('layers/'.length))).toEqual(order?.slice(0, -1))
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('\n## Architecture\n'), readme.indexOf('\n## ', readme.indexOf('\n## Architecture\n') + 1))
    expect(section.length).toBeGreaterThan(100)
    expect([...section.matchAll(/^\d+\. \*\*([^*]+)\*\*/gm)].map((match) => match[1])).toEqual(order)
  })
})
