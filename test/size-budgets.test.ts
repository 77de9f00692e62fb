// Each entry of the package, bundled as a web app's bundler would (esbuild, platform browser, minified, gzip),
// dependencies included, stays within its budget in package.json `sizeBudgetsKB`. Size only: cold-start time is measured by `npm run bench -- size`.
import { beforeAll, describe, expect, it } from 'vitest'
import { appSizes, entryBudgets, minGzipKB } from '../scripts/bundle-size.js'
import { ensureBuilt } from './setup/dist.js'

const entries = entryBudgets()

describe('size budgets (package.json sizeBudgetsKB, min+gzip with dependencies)', () => {
  beforeAll(() => ensureBuilt(), 240_000)

  it('gives every entry of the exports map a budget', () => {
    expect(entries.filter((entry) => entry.budgetKB === undefined).map((entry) => entry.subpath)).toEqual([])
  })

  it.each(entries)('$subpath ($file, $platform) fits its budget', async ({ file, budgetKB, platform }) => {
    const size = await minGzipKB(file, platform)
    expect(size, `${file} is ${size.toFixed(1)} KB min+gzip, over its budget of ${budgetKB} KB`).toBeLessThanOrEqual(budgetKB ?? 0)
  })

  it('shares zod and unified with a host that uses them: one copy of each, and the app costs the host less than alone', async () => {
    const { app, host, hostWithApp } = await appSizes()
    const names = hostWithApp.packageDirs.map((dir) => dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length))
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([])
    expect(names).toEqual(expect.arrayContaining(['zod', 'unified', 'remark-parse', 'vfile']))
    // Bundled copies in dist/ would add about as much as the app weighs alone; shared, zod and unified are paid once.
    expect(host.kb + app.kb - hostWithApp.kb, `host ${host.kb.toFixed(1)} KB + app ${app.kb.toFixed(1)} KB, together ${hostWithApp.kb.toFixed(1)} KB`).toBeGreaterThan(20)
  })
})
