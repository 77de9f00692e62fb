// loadConfig and defineConfig, as a publishing tool uses them, on a department's folders.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { transformSync } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigError, defineConfig, loadConfig } from '../src/config-entry.js'
import { check, definePost } from '../src/index.js'
import posts from './fixtures/internal-links-posts.json'

const root = mkdtempSync(join(tmpdir(), 'bilingual-posts-config-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('loadConfig', () => {
  it('finds the nearest config upward from a post file, .mjs included, and validates it', async () => {
    mkdirSync(join(root, 'weather', 'warnings'), { recursive: true })
    writeFileSync(join(root, 'bilingual-posts.config.mjs'), "export default { pairs: { '@environmentca': '@environnementca' }, frenchPunctuation: 'canada' }\n")
    writeFileSync(join(root, 'weather', '.bilingualpostsrc'), JSON.stringify({ maxEmoji: 1, limits: { mastodon: { text: 1000 } } }))
    const top = await loadConfig({ from: join(root, 'statcan-release.md') })
    expect(top).toEqual({ file: join(root, 'bilingual-posts.config.mjs'), config: { pairs: { '@environmentca': '@environnementca' }, frenchPunctuation: 'canada' } })
    const near = await loadConfig({ from: join(root, 'weather', 'warnings', 'heat-warning.md') })
    expect(near).toEqual({ file: join(root, 'weather', '.bilingualpostsrc'), config: { maxEmoji: 1, limits: { mastodon: { text: 1000 } } } })
  })

  it('throws a ConfigError naming the file and key path, in both languages', async () => {
    const file = join(root, 'bad.json')
    writeFileSync(file, JSON.stringify({ export: { overflow: 'split' } }))
    const error = await loadConfig({ file }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).path).toEqual(['export', 'overflow'])
    expect((error as ConfigError).messages.en).toBe(`Invalid config ${file}: At “export.overflow”: expected one of error, thread; received “split”.`)
    expect((error as ConfigError).messages.fr).toBe(`Configuration ${file} non valide\u00a0: Valeur attendue à «\u00a0export.overflow\u00a0»\u00a0: l’une de error, thread; reçu «\u00a0split\u00a0».`)
    expect((error as ConfigError).message).toBe((error as ConfigError).messages.en)
  })

  it('suggests the key meant for a misspelled one, nested keys included', async () => {
    const file = join(root, 'typo.json')
    writeFileSync(file, JSON.stringify({ platform: ['x'] }))
    const top = await loadConfig({ file }).then(
      () => undefined,
      (caught: unknown) => caught as ConfigError,
    )
    expect(top?.messages.fr).toBe(`Configuration ${file} non valide\u00a0: Clé inconnue «\u00a0platform\u00a0» dans la configuration. Vouliez-vous dire «\u00a0platforms\u00a0»?`)
    expect(top?.path).toEqual(['platform'])
    writeFileSync(file, JSON.stringify({ export: { overflows: 'thread' } }))
    const nested = await loadConfig({ file }).then(
      () => undefined,
      (caught: unknown) => caught as ConfigError,
    )
    expect(nested?.messages.en).toBe(`Invalid config ${file}: Unknown key “overflows” in “export”. Did you mean “overflow”?`)
    expect(nested?.path).toEqual(['export', 'overflows'])
    // A platform's limits: the keys allowed are the platform ids.
    writeFileSync(file, JSON.stringify({ limits: { mastadon: { text: 1000 } } }))
    const platform = await loadConfig({ file }).then(
      () => undefined,
      (caught: unknown) => caught as ConfigError,
    )
    expect(platform?.messages.fr).toBe(`Configuration ${file} non valide\u00a0: Clé inconnue «\u00a0mastadon\u00a0» dans «\u00a0limits\u00a0». Vouliez-vous dire «\u00a0mastodon\u00a0»?`)
    writeFileSync(file, JSON.stringify({ colour: true }))
    expect(
      (
        await loadConfig({ file }).then(
          () => undefined,
          (caught: unknown) => caught as ConfigError,
        )
      )?.messages.en,
    ).toBe(`Invalid config ${file}: Unknown key “colour” in the config; keys allowed there: pairs, rules, preset, platforms, limits, conduct, frenchPunctuation, maxEmoji, plugins, export.`)
  })

  it('defineConfig returns its argument, typed', () => {
    const config = { rules: { 'parity/link-language': 'error' as const } }
    expect(defineConfig(config)).toBe(config)
  })

  describe('plugins', () => {
    const dir = join(root, 'plugins')
    mkdirSync(join(dir, 'rules'), { recursive: true })
    // The example rule as a department would ship it beside its config: plain JavaScript.
    writeFileSync(join(dir, 'rules', 'no-internal-links.mjs'), transformSync(readFileSync('examples/plugins/no-internal-links.ts', 'utf8'), { loader: 'ts', format: 'esm' }).code)
    const caught = (file: string) =>
      loadConfig({ file }).then(
        () => undefined,
        (error: unknown) => error as ConfigError,
      )

    it('loads rules of your own from a .mjs config, which check then runs', async () => {
      const file = join(dir, 'bilingual-posts.config.mjs')
      writeFileSync(file, "import { noInternalLinks } from './rules/no-internal-links.mjs'\nexport default { plugins: [noInternalLinks], rules: { 'dept/no-internal-links': 'warn' } }\n")
      const found = await loadConfig({ from: join(dir, 'flu-clinics.md') })
      expect(found?.config.plugins?.map((rule) => rule.id)).toEqual(['dept/no-internal-links'])
      const report = check(definePost(posts.bad), found?.config)
      expect(report.diagnostics.filter((d) => d.ruleId === 'dept/no-internal-links').map((d) => [d.lang, d.severity])).toEqual([
        ['en', 'warning'],
        ['fr', 'warning'],
      ])
    })

    it('names the plugin at fault by its index, in both languages', async () => {
      const file = join(dir, 'bad-plugin.config.mjs')
      writeFileSync(file, "import { noInternalLinks } from './rules/no-internal-links.mjs'\nexport default { plugins: [noInternalLinks, { ...noInternalLinks, id: 'parity/internal-links' }] }\n")
      const error = await caught(file)
      expect(error).toBeInstanceOf(ConfigError)
      expect(error?.path).toEqual(['plugins', 1])
      expect(error?.messages.en).toBe(
        `${file}: invalid plugin at "plugins.1" in the config: Plugin "parity/internal-links" uses the prefix "parity/" of the built-in rules: give it a prefix of your own, such as "dept/internal-links".`,
      )
      expect(error?.messages.fr).toBe(
        `${file}\u00a0: module d’extension incorrect à «\u00a0plugins.1\u00a0» dans la configuration\u00a0: Le module d’extension «\u00a0parity/internal-links\u00a0» utilise le préfixe «\u00a0parity/\u00a0» des règles intégrées\u00a0: donnez-lui un préfixe à vous, par exemple «\u00a0dept/internal-links\u00a0».`,
      )
    })

    it('refuses a rule setting for a rule it does not have, a removed plugin or a typo, at the rule’s key', async () => {
      const file = join(dir, 'typo.config.mjs')
      writeFileSync(file, "import { noInternalLinks } from './rules/no-internal-links.mjs'\nexport default { plugins: [noInternalLinks], rules: { 'dept/no-internal-link': 'warn' } }\n")
      const error = await caught(file)
      expect(error?.path).toEqual(['rules', 'dept/no-internal-link'])
      expect(error?.messages.en).toBe(
        `${file}: unknown rule "dept/no-internal-link" in the config's rules: it is neither a built-in rule nor one of its plugins. Did you mean "dept/no-internal-links"?`,
      )
      // Another file: Node keeps an ES module it has imported, whatever is written to it afterwards.
      const removed = join(dir, 'removed.config.mjs')
      writeFileSync(removed, "export default { rules: { 'dept/no-internal-links': 'off' } }\n")
      expect((await caught(removed))?.messages.fr).toBe(
        `${removed}\u00a0: règle inconnue «\u00a0dept/no-internal-links\u00a0» dans les règles de la configuration\u00a0: ce n’est ni une règle intégrée ni l’un de ses modules d’extension.`,
      )
    })

    it('refuses plugins in a JSON config, which cannot hold functions, and says where to put them', async () => {
      // In a folder of their own, so that they never hide the .mjs config of the tests above.
      mkdirSync(join(dir, 'json'), { recursive: true })
      const json = join(dir, 'json', '.bilingualpostsrc.json')
      writeFileSync(json, JSON.stringify({ plugins: ['./rules/no-internal-links.mjs'] }))
      const error = await caught(json)
      expect(error?.path).toEqual(['plugins'])
      expect(error?.messages.en).toBe(
        `${json}: "plugins" holds rules, objects with a check function, and a JSON file cannot hold functions: write the config as bilingual-posts.config.mjs (or .js) and import your rules there.`,
      )
      expect(error?.messages.fr).toContain('un fichier JSON ne peut pas contenir de fonctions\u00a0: écrivez la configuration dans bilingual-posts.config.mjs')
      const packageJson = join(dir, 'json', 'package.json')
      writeFileSync(packageJson, JSON.stringify({ name: 'dept-posts', 'bilingual-posts': { plugins: [{ id: 'dept/no-internal-links' }] } }))
      expect((await caught(packageJson))?.messages.en).toMatch(/: "plugins" holds rules, .* a JSON file cannot hold functions/)
    })

    it('types plugins in defineConfig', () => {
      const rule = { id: 'dept/no-draft-tag', defaultSetting: 'warn' as const, message: { en: 'Still a draft.', fr: 'Encore une ébauche.' }, check: () => {} }
      expect(defineConfig({ plugins: [rule] }).plugins).toEqual([rule])
    })
  })
})
