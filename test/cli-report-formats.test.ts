// --format github, sarif and junit, and --quiet, on a folder of realistic posts, through the built CLI.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeData, escapeProperty } from '../src/cli/report/github.js'
import { cliPath, ensureBuilt } from './setup/dist.js'

let dir: string
function run(args: string[]) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'en_CA.UTF-8' }, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  ensureBuilt()
  dir = mkdtempSync(join(tmpdir(), 'bilingual-posts-formats-'))
  mkdirSync(join(dir, 'posts'))
  // An error (English link in the French text) and a warning (no no-break space before the colon).
  writeFileSync(
    join(dir, 'posts', 'job-posting.md'),
    [
      '---',
      'id: job-analyst-2026',
      'platforms: [x]',
      '---',
      '',
      '<!-- en -->',
      'We are hiring policy analysts (EC-04). Apply by March 14, 2026.',
      '[See the job posting](https://www.canada.ca/en/services/jobs/opportunities/government.html)',
      '',
      '<!-- fr -->',
      'Nous recrutons des analystes des politiques (EC-04). Postulez d’ici le 14 mars 2026.',
      '[Consultez l’offre d’emploi](https://www.canada.ca/en/services/jobs/opportunities/government.html)',
      '',
    ].join('\n'),
  )
  // A file name with the characters a workflow command must escape in a property.
  writeFileSync(
    join(dir, 'posts', 'gst-credit-100%,2026.json'),
    JSON.stringify({ id: 'gst-credit', en: 'Reminder: the GST/HST credit is paid on April 3.', fr: 'Rappel : le crédit pour la TPS/TVH est versé le 3 avril.', platforms: ['x'] }, null, 2),
  )
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('--format github', () => {
  it('writes one workflow command per problem, at its line and column, properties and data escaped', () => {
    const { code, stdout } = run(['check', 'posts', '--format', 'github'])
    expect(code).toBe(1)
    expect(stdout.trimEnd().split('\n')).toEqual([
      '::warning file=posts/gst-credit-100%25%2C2026.json,line=4,endLine=4,col=16,endColumn=17,title=typography/fr-colon::Put a no-break space before the colon in French.',
      '::error file=posts/job-posting.md,line=12,endLine=12,col=1,endColumn=99,title=parity/link-language::The French text links to an English page: https://www.canada.ca/en/services/jobs/opportunities/government.html. Link to the French page.',
    ])
  })

  it('escapes as the Actions toolkit does: % first, then CR and LF; properties also : and ,', () => {
    expect(escapeData('50% off\r\nnext line')).toBe('50%25 off%0D%0Anext line')
    expect(escapeData('%0A')).toBe('%250A')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
  })
})

describe('--format sarif', () => {
  it('writes a SARIF 2.1.0 log with the rules, levels and regions', () => {
    const { code, stdout } = run(['check', 'posts', '--format', 'sarif', '--lang', 'fr'])
    expect(code).toBe(1)
    const log = JSON.parse(stdout)
    expect(log).toMatchObject({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' })
    expect(log.runs).toHaveLength(1)
    const [run0] = log.runs
    expect(run0.tool.driver).toMatchObject({ name: 'bilingual-posts', rules: [{ id: 'parity/link-language' }, { id: 'typography/fr-colon' }] })
    expect(run0.language).toBe('fr-CA')
    expect(run0.results).toEqual([
      {
        ruleId: 'typography/fr-colon',
        ruleIndex: 1,
        level: 'warning',
        message: { text: expect.stringContaining('deux-points') },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/gst-credit-100%25%2C2026.json' }, region: { startLine: 4, startColumn: 16, endLine: 4, endColumn: 17 } } }],
      },
      {
        ruleId: 'parity/link-language',
        ruleIndex: 0,
        level: 'error',
        message: { text: expect.stringContaining('https://www.canada.ca/en/services/jobs/opportunities/government.html') },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/job-posting.md' }, region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 99 } } }],
      },
    ])
  })
})

describe('--format junit and --quiet', () => {
  it('writes one test suite per file and one failing case per problem', () => {
    const { stdout } = run(['check', 'posts', '--format', 'junit'])
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites>/)
    expect(stdout).toContain('<testsuite package="bilingual-posts" time="0" tests="1" errors="0" failures="1" name="posts/job-posting.md">')
    expect(stdout).toContain('<failure message="Put a no-break space before the colon in French." type="warning">')
  })

  it('--quiet prints errors only, and --max-warnings still counts the hidden warnings', () => {
    const quiet = run(['check', 'posts/gst-credit-100%,2026.json', '--quiet'])
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toBe('No problem in 1 post (1 file).\n')
    const capped = run(['check', 'posts/gst-credit-100%,2026.json', '--quiet', '--max-warnings', '0'])
    expect(capped.code).toBe(1)
    expect(capped.stderr).toContain('Too many warnings: 1, and --max-warnings is 0.')
  })
})
