// Each entry of the package, bundled as a user's bundler would (esbuild, minified, gzip), stays within its
// budget in package.json `sizeBudgetsKB`. Size only: cold-start time is measured by `npm run bench -- size`.
import { beforeAll, describe, expect, it } from 'vitest'
import { entryBudgets, minGzipKB } from '../scripts/bundle-size.js'
import { ensureBuilt } from './setup/dist.js'

const entries = entryBudgets()

describe('size budgets (package.json sizeBudgetsKB, min+gzip with dependencies)', () => {
  beforeAll(() => ensureBuilt(), 240_000)

  it('gives every entry of the exports map a budget', () => {
    expect(entries.filter((entry) => entry.budgetKB === undefined).map((entry) => entry.subpath)).toEqual([])
  })

  it.each(entries)('$subpath ($file) fits its budget', async ({ file, budgetKB }) => {
    const size = await minGzipKB(file)
    expect(size, `${file} is ${size.toFixed(1)} KB min+gzip, over its budget of ${budgetKB} KB`).toBeLessThanOrEqual(budgetKB ?? 0)
  })
})
