// --format github, sarif and junit, and --quiet, on a folder of realistic posts, through the built CLI.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { SaxesParser } from 'saxes'
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
  // A post whose input is wrong (a misspelled key, an unknown media key): file problems, reported beside the diagnostics.
  mkdirSync(join(dir, 'schema'))
  copyFileSync('test/fixtures/cli/schema/romaine-recall.json', join(dir, 'schema', 'romaine-recall.json'))
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

/**
 * The SARIF 2.1.0 schema as published (the final "rtm.5" schema, which
 * json.schemastore.org serves as sarif-2.1.0.json, the `$schema` our logs name),
 * shipped by Microsoft's SARIF SDK package @microsoft/jest-sarif. It is a
 * draft-04 schema, hence ajv-draft-04; ajv-formats checks `uri`, `uri-reference`, `date-time`.
 */
function sarifValidator() {
  const schema: object = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'))
  // unicodeRegExp off: the schema's `language` pattern (`…{2}]?$`) has a stray bracket that is only legal without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('reports validated against their formats', () => {
  it('--format sarif is valid SARIF 2.1.0 by the published schema, in both languages, file problems included', () => {
    const validate = sarifValidator()
    for (const lang of ['en', 'fr']) {
      const { stdout } = run(['check', 'posts', 'schema', '--format', 'sarif', '--lang', lang])
      const log = JSON.parse(stdout)
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
      expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['typography/fr-colon', 'parity/link-language', 'file/invalidPost', 'file/invalidPost'])
      const misspelled = log.runs[0].results[2]
      expect(misspelled.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'schema/romaine-recall.json' }, region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 3 } })
      expect(misspelled.message.text).toBe(
        lang === 'fr' ? 'Clé inconnue «\u00a0platform\u00a0» dans la publication. Vouliez-vous dire «\u00a0platforms\u00a0»?' : 'Unknown key “platform” in the post. Did you mean “platforms”?',
      )
    }
    // The validator is not a formality: a region at line 0 or a level SARIF does not know is refused.
    const { stdout } = run(['check', 'posts', '--format', 'sarif'])
    const broken = JSON.parse(stdout)
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    broken.runs[0].results[1].level = 'fatal'
    expect(validate(broken)).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(expect.arrayContaining(['/runs/0/results/0/locations/0/physicalLocation/region/startLine', '/runs/0/results/1/level']))
  })

  it('--format junit is well-formed XML: a suite per file, a case per problem, counts that add up', () => {
    const { stdout } = run(['check', 'posts', 'schema', '--format', 'junit', '--lang', 'fr'])
    interface Element {
      name: string
      attributes: Record<string, string>
      children: Element[]
      text: string
    }
    const root: Element = { name: '#document', attributes: {}, children: [], text: '' }
    const open: Element[] = [root]
    const parser = new SaxesParser()
    parser.on('opentag', (tag) => {
      const element: Element = { name: tag.name, attributes: tag.attributes, children: [], text: '' }
      open.at(-1)?.children.push(element)
      open.push(element)
    })
    parser.on('text', (text) => {
      const current = open.at(-1)
      if (current) current.text += text
    })
    parser.on('closetag', () => void open.pop())
    parser.write(stdout).close()
    const [testsuites] = root.children
    expect(testsuites?.name).toBe('testsuites')
    const suites = testsuites?.children ?? []
    expect(suites.map((suite) => [suite.name, suite.attributes.name, suite.attributes.tests, suite.attributes.failures])).toEqual([
      ['testsuite', 'posts/gst-credit-100%,2026.json', '1', '1'],
      ['testsuite', 'posts/job-posting.md', '1', '1'],
      ['testsuite', 'schema/romaine-recall.json', '2', '2'],
    ])
    for (const suite of suites) {
      expect(suite.children).toHaveLength(Number(suite.attributes.tests))
      for (const testcase of suite.children) {
        expect(testcase.name).toBe('testcase')
        expect(testcase.children.map((child) => child.name)).toEqual(['failure'])
        expect(['error', 'warning']).toContain(testcase.children[0]?.attributes.type)
      }
    }
    const recall = suites[2]?.children.map((testcase) => [testcase.attributes.name, testcase.children[0]?.attributes.message])
    expect(recall).toEqual([
      ['schema/romaine-recall.json:5:3 file/invalidPost', 'Clé inconnue «\u00a0platform\u00a0» dans la publication. Vouliez-vous dire «\u00a0platforms\u00a0»?'],
      ['schema/romaine-recall.json:10:7 file/invalidPost', 'Clé inconnue «\u00a0caption\u00a0» dans «\u00a0media.0\u00a0»; clés permises à cet endroit\u00a0: url, type, mimeType, alt.'],
    ])
  })

  it('--format github writes one well-formed workflow command per line, file problems at the key', () => {
    const { stdout } = run(['check', 'schema', '--format', 'github', '--lang', 'fr'])
    const lines = stdout.trimEnd().split('\n')
    // ::command key=value,key=value::message, with every property escaped (no raw : or , in a value).
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]+,line=\d+,endLine=\d+,col=\d+(,endColumn=\d+)?,title=[^:,]+::[^\r\n]+$/)
    expect(lines).toEqual([
      '::error file=schema/romaine-recall.json,line=5,endLine=5,col=3,endColumn=3,title=file/invalidPost::Clé inconnue «\u00a0platform\u00a0» dans la publication. Vouliez-vous dire «\u00a0platforms\u00a0»?',
      '::error file=schema/romaine-recall.json,line=10,endLine=10,col=7,endColumn=7,title=file/invalidPost::Clé inconnue «\u00a0caption\u00a0» dans «\u00a0media.0\u00a0»; clés permises à cet endroit\u00a0: url, type, mimeType, alt.',
    ])
  })
})
