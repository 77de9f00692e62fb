// loadConfig and defineConfig, as a publishing tool uses them, on a department's folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigError, defineConfig, loadConfig } from '../src/config-entry.js'

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
    const top = await loadConfig({ file }).then(() => undefined, (caught: unknown) => caught as ConfigError)
    expect(top?.messages.fr).toBe(`Configuration ${file} non valide\u00a0: Clé inconnue «\u00a0platform\u00a0» dans la configuration. Vouliez-vous dire «\u00a0platforms\u00a0»?`)
    expect(top?.path).toEqual(['platform'])
    writeFileSync(file, JSON.stringify({ export: { overflows: 'thread' } }))
    const nested = await loadConfig({ file }).then(() => undefined, (caught: unknown) => caught as ConfigError)
    expect(nested?.messages.en).toBe(`Invalid config ${file}: Unknown key “overflows” in “export”. Did you mean “overflow”?`)
    expect(nested?.path).toEqual(['export', 'overflows'])
    // A platform's limits: the keys allowed are the platform ids.
    writeFileSync(file, JSON.stringify({ limits: { mastadon: { text: 1000 } } }))
    const platform = await loadConfig({ file }).then(() => undefined, (caught: unknown) => caught as ConfigError)
    expect(platform?.messages.fr).toBe(`Configuration ${file} non valide\u00a0: Clé inconnue «\u00a0mastadon\u00a0» dans «\u00a0limits\u00a0». Vouliez-vous dire «\u00a0mastodon\u00a0»?`)
    writeFileSync(file, JSON.stringify({ colour: true }))
    expect((await loadConfig({ file }).then(() => undefined, (caught: unknown) => caught as ConfigError))?.messages.en).toBe(
      `Invalid config ${file}: Unknown key “colour” in the config; keys allowed there: pairs, rules, preset, platforms, limits, conduct, frenchPunctuation, maxEmoji, export.`,
    )
  })

  it('defineConfig returns its argument, typed', () => {
    const config = { rules: { 'parity/link-language': 'error' as const } }
    expect(defineConfig(config)).toBe(config)
  })
})
