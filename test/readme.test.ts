import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rulesTable } from '../scripts/rules-table.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('has the rule table generated from the rules (run `npm run docs:rules` to refresh it)', () => {
    const start = readme.indexOf('<!-- rules:start -->')
    const end = readme.indexOf('<!-- rules:end -->')
    expect(start).toBeGreaterThan(-1)
    expect(readme.slice(start + '<!-- rules:start -->'.length, end).trim()).toBe(rulesTable())
  })

  it('gives the two set-up commands, and .ci/run runs the README’s test command', () => {
    expect(readme).toContain('npm install && npm run example')
    expect(readme).toContain('npm test')
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')
    expect(ci).toMatch(/^npm ci\b/m)
    expect(ci).toMatch(/^npm test$/m)
  })
})
