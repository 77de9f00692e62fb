// The built `bilingual-posts` binary, spawned as a user would run it, on the fixture folders.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { transformSync } from 'esbuild'
import { payloadSetSchemas } from '../src/export/index.js'
import { cliPath, ensureBuilt, root } from './setup/dist.js'
import internalLinks from './fixtures/internal-links-posts.json'

const fixtures = 'test/fixtures/cli'
/** A neutral environment: English locale, no colour settings, unless a test says otherwise. */
const baseEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'en_CA.UTF-8' }

function run(args: string[], env: Record<string, string> = {}, cwd = root) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let temp: string
beforeAll(() => {
  ensureBuilt()
  temp = mkdtempSync(join(tmpdir(), 'bilingual-posts-cli-'))
}, 300_000)
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('check', () => {
  it('passes clean posts from .md and .json files with exit code 0, in English and in French', () => {
    const en = run(['check', `${fixtures}/good`])
    expect(en.code).toBe(0)
    expect(en.stdout).toBe('No problem in 2 posts (2 files).\n')
    const fr = run(['check', `${fixtures}/good`], { LANG: 'fr_CA.UTF-8' })
    expect(fr.code).toBe(0)
    expect(fr.stdout).toBe('Aucun problème dans 2 publications (2 fichiers).\n')
  })

  it('reports schema problems at the key or value at fault, wholly in the language asked', () => {
    const fr = run(['check', `${fixtures}/schema/romaine-recall.json`, `${fixtures}/schema/tax-deadline.md`, '--lang', 'fr'])
    expect(fr.code).toBe(1)
    expect(fr.stdout).toContain(
      `${fixtures}/schema/romaine-recall.json:5:3  erreur         Clé inconnue «\u00a0platform\u00a0» dans la publication. Vouliez-vous dire «\u00a0platforms\u00a0»?  file/invalidPost`,
    )
    expect(fr.stdout).toContain(`${fixtures}/schema/tax-deadline.md:3:16  erreur         Valeur attendue à «\u00a0platforms.1\u00a0»\u00a0: l’une de x, bluesky,`)
    expect(fr.stdout).toContain(`${fixtures}/schema/tax-deadline.md:5:1  erreur         Clé inconnue «\u00a0titel\u00a0» dans la publication. Vouliez-vous dire «\u00a0title\u00a0»?`)
    // zod's English wording appears in neither report.
    expect(fr.stdout).not.toMatch(/Unrecognized|Invalid|expected|received/)
    const en = run(['check', `${fixtures}/schema/romaine-recall.json`])
    expect(en.stdout).toContain(`${fixtures}/schema/romaine-recall.json:10:7  error    Unknown key “caption” in “media.0”; keys allowed there: url, type, mimeType, alt.  file/invalidPost`)
  })

  it('reports each bad file by name and still checks the others, exit code 1', () => {
    const { code, stdout } = run(['check', `${fixtures}/bad`])
    expect(code).toBe(1)
    expect(stdout).toContain(`${fixtures}/bad/invalid.json:5:1  error    This is not valid JSON:`)
    expect(stdout).toContain(`${fixtures}/bad/missing-french.md:8:1  error    No French section. Start it with a line <!-- fr -->.`)
    expect(stdout).toContain(`${fixtures}/bad/batch.json:10:3  error    The French text is missing (field "fr").`)
    // The over-limit French text starts on line 10 of the file; X counts 280 then the excess begins.
    expect(stdout).toMatch(new RegExp(`${fixtures}/bad/over-limit\\.md:10:281  error +fr x  The French text is 329 weighted characters on X, 49 over`))
    expect(stdout).toContain('4 problems (4 errors, 0 warnings, 0 notes) in 2 posts (4 files).')
  })

  it('speaks French with --lang fr, whatever the locale says', () => {
    const { code, stdout } = run(['check', `${fixtures}/bad/over-limit.md`, `${fixtures}/bad/missing-french.md`, '--lang', 'fr'], { LANG: 'en_US.UTF-8' })
    expect(code).toBe(1)
    expect(stdout).toContain('missing-french.md:8:1  erreur         Aucune section en français.')
    expect(stdout).toContain('Le texte français compte 329 caractères pondérés sur X')
    expect(stdout).toContain('2 problèmes (2 erreurs, 0 avertissement, 0 remarque) dans 1 publication (2 fichiers).')
  })

  it('takes the language from LC_ALL before LC_MESSAGES before LANG', () => {
    expect(run(['check', `${fixtures}/good`], { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_CA' }).stdout).toMatch(/^Aucun problème/)
    expect(run(['check', `${fixtures}/good`], { LC_ALL: 'C', LANG: 'fr_CA' }).stdout).toMatch(/^No problem/)
    expect(run(['check', `${fixtures}/good`], { LC_MESSAGES: 'fr_CA', LANG: 'en_CA' }).stdout).toMatch(/^Aucun problème/)
  })

  it('maps positions in a JSON string to the file, escapes counted', () => {
    const file = join(temp, 'escaped.json')
    // "\u00c9" and "\n" are 6 and 2 characters in the file but 1 in the text: the colon must still be found.
    writeFileSync(file, '{\n  "id": "escaped",\n  "platforms": ["x"],\n  "en": "Notice: closed.",\n  "fr": "\\u00c9t\\u00e9\\n\\"Avis\\": ferm\\u00e9."\n}\n')
    const { stdout } = run(['check', file, '--format', 'json'])
    const report = JSON.parse(stdout)
    const colon = report.files[0].posts[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'typography/fr-colon')
    const line = readFileSync(file, 'utf8').split('\n')[4] as string
    expect(colon.location).toMatchObject({ line: 5, column: line.indexOf('": ferm') + 2 })
    expect(colon.position.start.offset).toBe('Été\n"Avis"'.length)
  })

  it('gives machines JSON with file locations and both languages', () => {
    const { code, stdout } = run(['check', `${fixtures}/bad/over-limit.md`, '--format', 'json'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ ok: false, errorCount: 1, warningCount: 0 })
    const diagnostic = report.files[0].posts[0].diagnostics[0]
    expect(diagnostic).toMatchObject({ ruleId: 'length/over-limit', lang: 'fr', platform: 'x', location: { file: `${fixtures}/bad/over-limit.md`, line: 10, column: 281 } })
    expect(diagnostic.message.fr).toContain('Le texte français')
  })

  it('fails on warnings only past --max-warnings', () => {
    expect(run(['check', `${fixtures}/warn`]).code).toBe(0)
    expect(run(['check', `${fixtures}/warn`, '--max-warnings', '1']).code).toBe(0)
    const strict = run(['check', `${fixtures}/warn`, '--max-warnings', '0'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('Too many warnings: 1, and --max-warnings is 0.')
    expect(strict.stdout).toContain(`${fixtures}/warn/colon.md:9:5  warning  fr  Put a no-break space before the colon in French.`)
  })

  it('colours only when asked or on a terminal: FORCE_COLOR wins, NO_COLOR turns it off, pipes stay plain', () => {
    const escape = '\u001b['
    expect(run(['check', `${fixtures}/warn`]).stdout).not.toContain(escape)
    expect(run(['check', `${fixtures}/warn`], { FORCE_COLOR: '1' }).stdout).toContain(`${escape}33m`)
    expect(run(['check', `${fixtures}/warn`], { NO_COLOR: '1' }).stdout).not.toContain(escape)
    expect(run(['check', `${fixtures}/warn`], { FORCE_COLOR: '0' }).stdout).not.toContain(escape)
  })

  it('expands quoted globs and says when one matches nothing', () => {
    const { code, stdout } = run(['check', `${fixtures}/good/*.md`, `${fixtures}/nothing/*.md`, 'no-such-file.json'])
    expect(code).toBe(1)
    expect(stdout).toContain('No file matches "test/fixtures/cli/nothing/*.md".')
    expect(stdout).toContain('no-such-file.json  error    No such file or folder.  file/missing')
    expect(stdout).toContain('in 1 post (3 files)')
  })

  it('reports a missing folder as missing, in the asked language, not as a file of the wrong kind', () => {
    const { code, stdout } = run(['check', 'publications/rappels', '--lang', 'fr'])
    expect(code).toBe(1)
    expect(stdout).toContain('publications/rappels  erreur         Ce fichier ou ce dossier n’existe pas.  file/missing')
    expect(stdout).not.toContain('.json')
  })
})

describe('help, version and bad command lines', () => {
  it('prints help in both languages and the version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: bilingual-posts <command>/)
    expect(run(['--help', '--lang', 'fr']).stdout).toMatch(/^Utilisation\u00a0: bilingual-posts <commande>/)
    expect(run(['-h'], { LANG: 'fr_CA.UTF-8' }).stdout).toContain('Codes de sortie')
    const version = run(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })

  it('exits 2 with a message in the asked language', () => {
    expect(run(['chek', 'x'])).toMatchObject({ code: 2, stderr: 'Unknown command "chek". Commands: check, export, preview, init. Run bilingual-posts --help.\n' })
    expect(run(['check', 'x', '--bogus', '--lang', 'fr'])).toMatchObject({ code: 2, stderr: 'Option inconnue\u00a0: --bogus. Voir bilingual-posts --help.\n' })
    expect(run(['export', 'x', '--out', 'o'])).toMatchObject({ code: 2, stderr: 'The export command needs --platform.\n' })
    expect(run(['check', 'x', '--format', 'xml']).stderr).toBe('Option --format must be one of stylish, json, github, sarif, junit; got "xml".\n')
    expect(run(['check']).code).toBe(2)
  })
})

describe('export', () => {
  it('writes one payload file per post, valid against the payload schema', () => {
    const out = join(temp, 'out-x')
    const { code, stdout } = run(['export', `${fixtures}/good`, '--platform', 'x', '--out', out, '--accounts', 'bilingual', '--order', 'fr-first'])
    expect(code).toBe(0)
    expect(stdout).toContain('2 payload files written to')
    expect(readdirSync(out).sort()).toEqual(['flu-clinics-2026.x.json', 'passport-offices.x.json'])
    const payloads = JSON.parse(readFileSync(join(out, 'flu-clinics-2026.x.json'), 'utf8'))
    expect(payloadSetSchemas.x.safeParse(payloads).success).toBe(true)
    expect(payloads).toMatchObject({ accounts: 'bilingual', langs: ['fr', 'en'] })
  })

  it('refuses an over-limit text with --overflow error, and threads it with --overflow thread', () => {
    const refused = run(['export', `${fixtures}/bad/over-limit.md`, '--platform', 'x', '--out', join(temp, 'out-refused')], { LANG: 'fr_CA.UTF-8' })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Aucune donnée pour over-limit-fr sur X')
    expect(refused.stderr).toContain(`${fixtures}/bad/over-limit.md:10:281`)
    expect(existsSync(join(temp, 'out-refused', 'over-limit-fr.x.json'))).toBe(false)
    const threaded = run(['export', `${fixtures}/bad/over-limit.md`, '--platform', 'x', '--out', join(temp, 'out-thread'), '--overflow', 'thread'])
    expect(threaded.code).toBe(0)
    const payloads = JSON.parse(readFileSync(join(temp, 'out-thread', 'over-limit-fr.x.json'), 'utf8'))
    expect(payloads.fr).toHaveLength(2)
  })

  it('exports YouTube only with --youtube-category, saying why in the user’s language', () => {
    const dir = join(temp, 'youtube')
    mkdirSync(dir, { recursive: true })
    const video = {
      id: 'census-briefing',
      en: 'Watch the 2026 Census results briefing from Statistics Canada.',
      fr: 'Regardez la séance d’information sur les résultats du Recensement de 2026 de Statistique Canada.',
      title: { en: '2026 Census results', fr: 'Résultats du Recensement de 2026' },
      platforms: ['youtube'],
    }
    writeFileSync(join(dir, 'census.json'), JSON.stringify(video))
    const refused = run(['export', join(dir, 'census.json'), '--platform', 'youtube', '--out', join(dir, 'refused')], { LANG: 'fr_CA.UTF-8' })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('YouTube exige la catégorie de la vidéo (snippet.categoryId)')
    const written = run(['export', join(dir, 'census.json'), '--platform', 'youtube', '--youtube-category', '27', '--out', join(dir, 'out')])
    expect(written.code).toBe(0)
    const payloads = JSON.parse(readFileSync(join(dir, 'out', 'census-briefing.youtube.json'), 'utf8'))
    expect(payloadSetSchemas.youtube.safeParse(payloads).success).toBe(true)
    expect(payloads.fr[0].body.snippet.categoryId).toBe('27')
  })

  it('refuses a post whose check has errors, printing them, unless --force', () => {
    const out = join(temp, 'out-guard')
    const refused = run(['export', `${fixtures}/guard/job-posting.md`, '--platform', 'x', '--out', out])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Not exported: job-analyst-2026 has 1 error on X. Fix it, or pass --force to export anyway.')
    expect(refused.stderr).toContain(`${fixtures}/guard/job-posting.md:12:1  fr 2:1-2:99 error  The French text links to an English page`)
    expect(existsSync(join(out, 'job-analyst-2026.x.json'))).toBe(false)
    const fr = run(['export', `${fixtures}/guard/job-posting.md`, '--platform', 'x', '--out', out, '--lang', 'fr'])
    expect(fr.stderr).toContain('Non exportée\u00a0: job-analyst-2026 a 1 erreur sur X. Corrigez-la, ou ajoutez --force pour exporter quand même.')
    const forced = run(['export', `${fixtures}/guard/job-posting.md`, '--platform', 'x', '--out', out, '--force'])
    expect(forced.code).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'job-analyst-2026.x.json'), 'utf8')).fr[0].body.text).toContain('Postulez d’ici le 14 mars 2026.')
  })

  it('names the flag, not the library option, when a text is over the limit or LinkedIn lacks its author', () => {
    const over = run(['export', `${fixtures}/bad/over-limit.md`, '--platform', 'x', '--out', join(temp, 'out-hint')])
    expect(over.stderr).toContain('Shorten it, or pass --overflow thread to publish a numbered thread.')
    expect(over.stderr).not.toContain('{ overflow')
    const dir = join(temp, 'linkedin')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'tax.json'),
      JSON.stringify({
        id: 'tax-deadline',
        en: 'The tax filing deadline is April 30, 2026.',
        fr: 'La date limite de production des déclarations de revenus est le 30 avril 2026.',
        platforms: ['linkedin'],
      }),
    )
    const missing = run(['export', join(dir, 'tax.json'), '--platform', 'linkedin', '--out', join(dir, 'out'), '--lang', 'fr'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('les données LinkedIn exigent --linkedin-author urn:li:organization:…')
    const made = run(['export', join(dir, 'tax.json'), '--platform', 'linkedin', '--out', join(dir, 'out'), '--linkedin-author', 'urn:li:organization:5509810', '--linkedin-draft'])
    expect(made.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out', 'tax-deadline.linkedin.json'), 'utf8')).en[0].body).toMatchObject({ author: 'urn:li:organization:5509810', lifecycleState: 'DRAFT' })
  })

  it('never writes outside --out, whatever the post id', () => {
    const dir = join(temp, 'hostile')
    mkdirSync(dir, { recursive: true })
    const ids = ['../../escaped', '/etc/evil', '..', 'CON', 'a/../../b', '.hidden']
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(ids.map((id) => ({ id, en: 'Hello.', fr: 'Bonjour.', platforms: ['x'] }))))
    const out = join(dir, 'out')
    const { code } = run(['export', join(dir, 'hostile.json'), '--platform', 'x', '--out', out])
    expect(code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['hostile.json', 'out'])
    expect(existsSync(join(temp, 'escaped.x.json'))).toBe(false)
    expect(readdirSync(out).sort()).toEqual(['_CON.x.json', 'a-b.x.json', 'escaped.x.json', 'etc-evil.x.json', 'hidden.x.json', 'post.x.json'])
  })
})

describe('config file', () => {
  const recall = {
    id: 'romaine-recall',
    en: 'Recall: some romaine lettuce sold in Ontario and Quebec may contain E. coli. Do not eat it. #FoodRecall',
    fr: 'Rappel : de la laitue romaine vendue en Ontario et au Québec pourrait contenir la bactérie E. coli. Ne la mangez pas. #RappelAliments',
    platforms: ['x', 'mastodon'],
  }
  /** A department's repository: package.json config at the top, a .bilingualpostsrc.json nearer the job postings. */
  function project(name: string): string {
    const dir = join(temp, name)
    mkdirSync(join(dir, 'posts', 'recalls'), { recursive: true })
    mkdirSync(join(dir, 'posts', 'jobs'), { recursive: true })
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'dept-posts', private: true, 'bilingual-posts': { pairs: { '#FoodRecall': '#RappelAlimentaire' }, rules: { 'typography/fr-colon': 'off' } } }),
    )
    writeFileSync(join(dir, 'posts', 'recalls', 'romaine.json'), JSON.stringify(recall, null, 2))
    writeFileSync(join(dir, 'posts', 'jobs', 'job-posting.md'), readFileSync(`${fixtures}/guard/job-posting.md`, 'utf8'))
    writeFileSync(join(dir, 'posts', 'jobs', '.bilingualpostsrc.json'), JSON.stringify({ rules: { 'parity/link-language': 'warn' } }))
    return dir
  }

  it("finds the nearest config from each post file's folder upward: package.json key, then .bilingualpostsrc.json", () => {
    const dir = project('config-levels')
    const { code, stdout } = run(['check', 'posts'], {}, dir)
    expect(code).toBe(0)
    // package.json's pairs reach the recall; its fr-colon "off" hides the missing no-break space.
    expect(stdout).toContain('posts/recalls/romaine.json:3:')
    expect(stdout).toContain('#FoodRecall has no counterpart in the other language; expected #RappelAlimentaire.')
    expect(stdout).not.toContain('typography/fr-colon')
    // The nearer .bilingualpostsrc.json makes the English link a warning for the job posting.
    expect(stdout).toMatch(/posts\/jobs\/job-posting\.md:12:1 +warning +fr +The French text links to an English page/)
    expect(stdout).toContain('2 problems (0 errors, 2 warnings, 0 notes)')
  })

  it('--no-config ignores them; --config FILE uses one file for every post', () => {
    const dir = project('config-flags')
    const none = run(['check', 'posts', '--no-config'], {}, dir)
    expect(none.code).toBe(1)
    expect(none.stdout).toContain('typography/fr-colon')
    expect(none.stdout).not.toContain('#RappelAlimentaire')
    writeFileSync(join(dir, 'strict.mjs'), "export default { rules: { 'parity/link-language': 'error' }, maxEmoji: 1 }\n")
    const strict = run(['check', 'posts', '--config', 'strict.mjs'], {}, dir)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(/job-posting\.md:12:1 +error/)
    expect(strict.stdout).toContain('typography/fr-colon')
  })

  it('takes export options from the config, under the flags, and guards with its rules', () => {
    const dir = project('config-export')
    writeFileSync(join(dir, 'posts', 'recalls', '.bilingualpostsrc.json'), JSON.stringify({ export: { accounts: 'bilingual', order: 'fr-first' } }))
    const { code } = run(['export', 'posts', '--platform', 'mastodon', '--out', 'out'], {}, dir)
    expect(code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out', 'romaine-recall.mastodon.json'), 'utf8'))).toMatchObject({ accounts: 'bilingual', langs: ['fr', 'en'] })
    // The job posting is for X and LinkedIn, so the Mastodon export skips it.
    expect(existsSync(join(dir, 'out', 'job-analyst-2026.mastodon.json'))).toBe(false)
    const flagged = run(['export', 'posts/recalls', '--platform', 'mastodon', '--out', 'out2', '--accounts', 'separate'], {}, dir)
    expect(flagged.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out2', 'romaine-recall.mastodon.json'), 'utf8'))).toMatchObject({ accounts: 'separate' })
  })

  it('names the file and key path of a bad config, in English and French, and exits 2', () => {
    const dir = project('config-bad')
    writeFileSync(join(dir, 'posts', 'jobs', '.bilingualpostsrc.json'), JSON.stringify({ platform: ['x'] }))
    const fr = run(['check', 'posts', '--lang', 'fr'], {}, dir)
    expect(fr.code).toBe(2)
    expect(fr.stderr).toContain(
      `Configuration ${join(dir, 'posts', 'jobs', '.bilingualpostsrc.json')} non valide\u00a0: Clé inconnue «\u00a0platform\u00a0» dans la configuration. Vouliez-vous dire «\u00a0platforms\u00a0»?`,
    )
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ limits: { x: { text: 'long' } } }))
    const en = run(['check', 'posts', '--config', 'bad.json'], {}, dir)
    expect(en.code).toBe(2)
    expect(en.stderr).toContain(`Invalid config ${join(dir, 'bad.json')}: At “limits.x.text”: expected a number; received “long”.`)
    const frenchValue = run(['check', 'posts', '--config', 'bad.json', '--lang', 'fr'], {}, dir)
    expect(frenchValue.stderr).toContain(`Configuration ${join(dir, 'bad.json')} non valide\u00a0: Valeur attendue à «\u00a0limits.x.text\u00a0»\u00a0: un nombre; reçu «\u00a0long\u00a0».`)
    expect(frenchValue.stderr).not.toMatch(/Invalid|expected/)
  })
})

describe('config file with rules of your own', () => {
  it('runs the plugins of a .mjs config, at the setting its rules give them, and refuses them in JSON', () => {
    const dir = join(temp, 'config-plugins')
    mkdirSync(join(dir, 'posts'), { recursive: true })
    mkdirSync(join(dir, 'rules'), { recursive: true })
    writeFileSync(join(dir, 'rules', 'no-internal-links.mjs'), transformSync(readFileSync('examples/plugins/no-internal-links.ts', 'utf8'), { loader: 'ts', format: 'esm' }).code)
    writeFileSync(join(dir, 'bilingual-posts.config.mjs'), "import { noInternalLinks } from './rules/no-internal-links.mjs'\nexport default { plugins: [noInternalLinks] }\n")
    writeFileSync(join(dir, 'posts', 'flu-clinics.json'), JSON.stringify(internalLinks.bad, null, 2))
    writeFileSync(join(dir, 'posts', 'tax-deadline.json'), JSON.stringify(internalLinks.good[0], null, 2))
    const en = run(['check', 'posts'], {}, dir)
    expect(en.code).toBe(1)
    expect(en.stdout).toMatch(/posts\/flu-clinics\.json:\d+:\d+ +error +en +The English text links to intranet\.canada\.ca, an internal site the public cannot open\..*dept\/no-internal-links/)
    expect(en.stdout).not.toContain('tax-deadline.json')
    const fr = run(['check', 'posts', '--lang', 'fr'], {}, dir)
    expect(fr.stdout).toContain('Le texte français renvoie à intranet.canada.ca')
    writeFileSync(
      join(dir, 'bilingual-posts.config.mjs'),
      "import { noInternalLinks } from './rules/no-internal-links.mjs'\nexport default { plugins: [noInternalLinks], rules: { 'dept/no-internal-links': 'off' } }\n",
    )
    const off = run(['check', 'posts'], {}, dir)
    expect(off.code).toBe(0)
    writeFileSync(join(dir, 'posts', '.bilingualpostsrc.json'), JSON.stringify({ plugins: ['../rules/no-internal-links.mjs'] }))
    const json = run(['check', 'posts'], {}, dir)
    expect(json.code).toBe(2)
    expect(json.stderr).toContain(`${join(dir, 'posts', '.bilingualpostsrc.json')}: "plugins" holds rules, objects with a check function, and a JSON file cannot hold functions`)
  })
})

describe('init', () => {
  it('writes a commented starter config and one example post in each format, which check passes, and refuses to overwrite', () => {
    const dir = join(temp, 'init')
    mkdirSync(dir, { recursive: true })
    const first = run(['init'], {}, dir)
    expect(first.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['bilingual-posts.config.mjs', 'posts'])
    expect(readdirSync(join(dir, 'posts')).sort()).toEqual(['passport-summer-hours.md', 'tax-filing-deadline.json'])
    expect(readFileSync(join(dir, 'bilingual-posts.config.mjs'), 'utf8')).toContain('// English → French handles and hashtags that correspond')
    const checked = run(['check', 'posts'], {}, dir)
    expect(checked).toMatchObject({ code: 0, stdout: 'No problem in 2 posts (2 files).\n' })
    writeFileSync(join(dir, 'bilingual-posts.config.mjs'), "export default { frenchPunctuation: 'france' }\n")
    const again = run(['init', '--lang', 'fr'], {}, dir)
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('Rien n’a été écrit\u00a0: bilingual-posts.config.mjs, posts/passport-summer-hours.md, posts/tax-filing-deadline.json existent déjà. Déplacez-les ou modifiez-les.\n')
    expect(readFileSync(join(dir, 'bilingual-posts.config.mjs'), 'utf8')).toBe("export default { frenchPunctuation: 'france' }\n")
  })
})

describe('preview', () => {
  it('writes one HTML page and still reports bad files', () => {
    const out = join(temp, 'preview', 'page.html')
    const { code, stdout, stderr } = run(['preview', `${fixtures}/good`, `${fixtures}/bad/invalid.json`, '--out', out])
    expect(code).toBe(1)
    expect(stderr).toContain(`${fixtures}/bad/invalid.json:5:1: This is not valid JSON`)
    expect(stdout).toContain('Preview of 2 posts written to')
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<h2 id="post-1-title">flu-clinics-2026</h2>')
    expect(html).toContain('<h2 id="post-2-title">passport-offices</h2>')
  })
})
