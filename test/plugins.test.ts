// check(post, { plugins }): a department's own rules, run like built-in ones, on realistic posts.
import { readFileSync } from 'node:fs'
import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'
import { noInternalLinks } from '../examples/plugins/no-internal-links.js'
import { applyFixes, check, CheckOptionsError, definePost, formatDiagnostic, getI18n, type PluginRule, resources, type RuleContext, rules } from '../src/index.js'
import posts from './fixtures/internal-links-posts.json'
import { builtInRuleIds } from '../src/checks/plugins.js'
import { thrown } from './support/thrown.js'

const bad = definePost(posts.bad)
const frenchOnly = definePost(posts.frenchOnly)
const good = posts.good.map((input) => definePost(input))
const fromPlugin = (report: ReturnType<typeof check>, id = noInternalLinks.id) => report.diagnostics.filter((d) => d.ruleId === id)

/** `dept/no-draft-tag`: a post still marked "[DRAFT] " before it goes out; the fix removes the mark. */
const noDraftTag: PluginRule = {
  id: 'dept/no-draft-tag',
  defaultSetting: 'warn',
  description: 'A post still marked [DRAFT].',
  message: { en: 'This text is still marked {{tag}}: remove the mark before publishing.', fr: 'Ce texte porte encore la mention {{tag}}\u00a0: retirez-la avant de publier.' },
  check(context: RuleContext) {
    for (const lang of ['en', 'fr'] as const) {
      const start = context.source(lang).indexOf('[DRAFT] ')
      if (start !== -1) context.report({ lang, data: { tag: '[DRAFT]' }, range: { start, end: start + 8 }, replacement: '' })
    }
  },
}

describe('the example rule, dept/no-internal-links', () => {
  it('fires on a post linking to the intranet, in each language, with a bilingual message', () => {
    const report = check(bad, { plugins: [noInternalLinks] })
    const found = fromPlugin(report)
    expect(found.map((d) => [d.lang, d.severity, d.data.host])).toEqual([
      ['en', 'error', 'intranet.canada.ca'],
      ['fr', 'error', 'intranet.canada.ca'],
    ])
    expect(report.ok).toBe(false)
    const [en, fr] = found
    expect(en?.message.en).toBe('The English text links to intranet.canada.ca, an internal site the public cannot open. Link to the public page on canada.ca instead.')
    expect(fr?.message.fr).toBe('Le texte français renvoie à intranet.canada.ca, un site interne que le public ne peut pas ouvrir. Renvoyez plutôt à la page publique sur canada.ca.')
    expect(en?.messageKey).toBe('dept/no-internal-links.message')
    // The place is the Markdown link's URL, hidden behind its label.
    expect(bad.en.slice(en?.position?.start.offset, en?.position?.end.offset)).toBe('https://intranet.canada.ca/en/health/flu-clinics')
    expect(formatDiagnostic(fr!, 'fr')).toMatch(/^fr 1:\d+-1:\d+ erreur {2}Le texte français renvoie à intranet\.canada\.ca, .* \(dept\/no-internal-links\)$/)
    expect(formatDiagnostic(en!, 'en')).toMatch(/^en 1:\d+-1:\d+ error {2}The English text links to intranet\.canada\.ca, .* \(dept\/no-internal-links\)$/)
  })

  it('finds a bare GCcollab address in the French text only', () => {
    const found = fromPlugin(check(frenchOnly, { plugins: [noInternalLinks] }))
    expect(found.map((d) => [d.lang, d.data.host, d.data.url])).toEqual([['fr', 'gccollab.ca', 'gccollab.ca/groups/profile/analystes']])
    expect(found[0]?.message.en).toMatch(/^The French text links to gccollab\.ca,/)
  })

  it('is silent on public posts that link to canada.ca and weather.gc.ca', () => {
    for (const post of good) {
      const report = check(post, { plugins: [noInternalLinks] })
      expect(fromPlugin(report), post.id).toEqual([])
      // The plugin adds nothing to what the built-in rules say of these posts.
      expect(report.diagnostics).toEqual(check(post).diagnostics)
    }
  })

  it('passes its own passing example and fails its failing one', () => {
    const only = { plugins: [noInternalLinks], preset: 'none' as const, rules: { [noInternalLinks.id]: 'error' as const } }
    expect(check(definePost(noInternalLinks.examples!.pass), only).diagnostics).toEqual([])
    expect(check(definePost(noInternalLinks.examples!.fail), only).diagnostics.map((d) => d.ruleId)).toEqual([noInternalLinks.id])
  })
})

describe('a plugin’s setting, through rules and presets', () => {
  it('is turned off, or down to a warning or a note, like any rule', () => {
    expect(fromPlugin(check(bad, { plugins: [noInternalLinks], rules: { 'dept/no-internal-links': 'off' } }))).toEqual([])
    const warned = check(bad, { plugins: [noInternalLinks], rules: { 'dept/no-internal-links': 'warn' } })
    expect(fromPlugin(warned).map((d) => d.severity)).toEqual(['warning', 'warning'])
    expect(warned.ok).toBe(check(bad).ok)
    expect(fromPlugin(check(bad, { plugins: [noInternalLinks], rules: { 'dept/no-internal-links': 'info' } })).map((d) => d.severity)).toEqual(['info', 'info'])
  })

  it('runs at its default setting in the recommended preset, and not at all under preset none unless set', () => {
    expect(fromPlugin(check(bad, { plugins: [noInternalLinks], rules: { 'parity/links': 'off' } })).map((d) => d.severity)).toEqual(['error', 'error'])
    expect(check(bad, { plugins: [noInternalLinks], preset: 'none' }).diagnostics).toEqual([])
    const alone = check(bad, { plugins: [noInternalLinks], preset: 'none', rules: { 'dept/no-internal-links': 'warn' } })
    expect(alone.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['dept/no-internal-links', 'warning'],
      ['dept/no-internal-links', 'warning'],
    ])
    const off: PluginRule = { ...noInternalLinks, id: 'dept/internal-links-opt-in', defaultSetting: 'off' }
    expect(fromPlugin(check(bad, { plugins: [off] }), off.id)).toEqual([])
    expect(fromPlugin(check(bad, { plugins: [off], rules: { [off.id]: 'error' } }), off.id)).toHaveLength(2)
  })

  it('is unknown to a check that does not load it', () => {
    const error = thrown(CheckOptionsError, () => check(bad, { rules: { 'dept/no-internal-links': 'off' } }))
    expect(error.message).toMatch(/^Unknown rule "dept\/no-internal-links"\./)
    // With the plugin loaded, the list of known rules names it.
    const typo = thrown(CheckOptionsError, () => check(bad, { plugins: [noInternalLinks], rules: { 'dept/no-internal-link': 'off' } }))
    expect(typo.message).toMatch(/Known rules: .*, dept\/no-internal-links\.$/)
  })
})

describe('a plugin with a plain message and a fix', () => {
  const draft = definePost({
    id: 'statcan-cpi-october',
    en: '[DRAFT] Consumer prices rose 2.1% year over year in October. https://www150.statcan.gc.ca/n1/daily-quotidien/251118/dq251118a-eng.htm',
    fr: '[DRAFT] Les prix à la consommation ont augmenté de 2,1\u00a0% d’une année à l’autre en octobre. https://www150.statcan.gc.ca/n1/daily-quotidien/251118/dq251118a-fra.htm',
    platforms: ['x', 'bluesky'],
  })

  it('fills {{name}} from the report’s data, in both languages', () => {
    const found = fromPlugin(check(draft, { plugins: [noDraftTag] }), noDraftTag.id)
    expect(found.map((d) => [d.lang, d.severity, d.message.en])).toEqual([
      ['en', 'warning', 'This text is still marked [DRAFT]: remove the mark before publishing.'],
      ['fr', 'warning', 'This text is still marked [DRAFT]: remove the mark before publishing.'],
    ])
    expect(found[1]?.message.fr).toBe('Ce texte porte encore la mention [DRAFT]\u00a0: retirez-la avant de publier.')
    expect(found[1]?.messageKey).toBe('dept/no-draft-tag.message')
  })

  it('has its fixes applied by applyFixes, as built-in fixes are', () => {
    const report = check(draft, { plugins: [noDraftTag] })
    expect(fromPlugin(report, noDraftTag.id).map((d) => d.fix)).toEqual([
      { lang: 'en', field: 'text', range: { start: 0, end: 8 }, replacement: '' },
      { lang: 'fr', field: 'text', range: { start: 0, end: 8 }, replacement: '' },
    ])
    const fixed = applyFixes(draft, report)
    expect(fixed.en).toBe(draft.en.slice(8))
    expect(fixed.fr).toBe(draft.fr.slice(8))
    expect(fromPlugin(check(fixed, { plugins: [noDraftTag] }), noDraftTag.id)).toEqual([])
  })

  it('runs beside another plugin', () => {
    const both = check(bad, { plugins: [noInternalLinks, noDraftTag], preset: 'none', rules: { 'dept/no-internal-links': 'error', 'dept/no-draft-tag': 'error' } })
    expect(both.diagnostics.map((d) => d.ruleId)).toEqual(['dept/no-internal-links', 'dept/no-internal-links'])
  })
})

describe('a plugin’s messages stay with the calls that load it', () => {
  it('never reach the shared instance or the exported resources', () => {
    const before = JSON.stringify(resources)
    check(bad, { plugins: [noInternalLinks] })
    expect(JSON.stringify(resources)).toBe(before)
    expect(getI18n().exists('dept/no-internal-links.message_en', { ns: 'rules' })).toBe(false)
  })

  it('are not seen by a call with another plugin of the same id', () => {
    const reworded: PluginRule = { ...noInternalLinks, messages: undefined, message: { en: 'Internal link to {{host}}.', fr: 'Lien interne vers {{host}}.' } }
    const first = fromPlugin(check(bad, { plugins: [noInternalLinks] }))[0]
    const second = fromPlugin(check(bad, { plugins: [reworded] }))[0]
    expect(second?.message).toEqual({ en: 'Internal link to intranet.canada.ca.', fr: 'Lien interne vers intranet.canada.ca.' })
    expect(first?.message.en).toMatch(/^The English text links to intranet\.canada\.ca/)
    expect(fromPlugin(check(bad, { plugins: [noInternalLinks] }))[0]?.message.en).toBe(first?.message.en)
  })

  it('give way to a host instance that rewords them, as built-in messages do', () => {
    const host = createInstance()
    // A copy: i18next adds bundles into the very objects it was given, and these are the library's own.
    void host.init({ lng: 'en', initAsync: false, resources: JSON.parse(JSON.stringify(resources)) })
    host.addResourceBundle('en', 'rules', { 'dept/no-internal-links': { message: 'Public posts may not link to {{host}}.' } }, true, true)
    host.addResourceBundle('fr', 'rules', { 'dept/no-internal-links': { message: 'Une publication publique ne renvoie pas à {{host}}.' } }, true, true)
    const found = fromPlugin(check(bad, { plugins: [noInternalLinks], i18n: host }))
    expect(found[0]?.message).toEqual({ en: 'Public posts may not link to intranet.canada.ca.', fr: 'Une publication publique ne renvoie pas à intranet.canada.ca.' })
  })
})

describe('a plugin that is not a well-formed rule', () => {
  it('is told from the built-in rules by their ids, which the config loader reads from their messages', () => {
    expect([...builtInRuleIds].sort()).toEqual(rules.map((rule) => rule.id).sort())
  })

  const rule = (changes: Partial<Record<keyof PluginRule, unknown>>) => ({ ...noInternalLinks, ...changes }) as PluginRule
  const problem = (plugins: unknown, messageLanguage?: 'en' | 'fr') =>
    thrown(CheckOptionsError, () => check(bad, { plugins: plugins as PluginRule[], ...(messageLanguage === undefined ? {} : { messageLanguage }) }))

  it('is refused with an id that is not prefix/name, or that a built-in rule holds', () => {
    expect(problem([rule({ id: 'no-internal-links' })]).message).toBe(
      'Plugin 1 needs an id of the form "prefix/name" in lower case, under a prefix of your own (such as "dept/no-internal-links"), got "no-internal-links".',
    )
    expect(problem([rule({ id: 'Dept/No-Internal-Links' })]).message).toContain('got "Dept/No-Internal-Links"')
    // A dot or a colon would cut the id's message keys apart in i18next.
    expect(problem([rule({ id: 'dept.links/internal' })]).message).toContain('got "dept.links/internal"')
    expect(problem([rule({ id: 'parity/links' })]).message).toBe('Plugin "parity/links" has the id of a built-in rule: give it an id under a prefix of your own, such as "dept/links".')
    expect(problem([rule({ id: 'links/internal' })]).message).toBe('Plugin "links/internal" uses the prefix "links/" of the built-in rules: give it a prefix of your own, such as "dept/internal".')
    expect(problem([noInternalLinks, noDraftTag, noInternalLinks]).message).toBe('Two plugins have the id "dept/no-internal-links": each rule needs an id of its own.')
    expect(check(bad, { plugins: [rule({ id: '@hc-sc/links/no-internal' })] }).diagnostics.some((d) => d.ruleId === '@hc-sc/links/no-internal')).toBe(true)
  })

  it('is refused without a setting, a check function or messages in both languages', () => {
    expect(problem([rule({ defaultSetting: 'warning' })]).message).toBe('Plugin "dept/no-internal-links": defaultSetting must be one of off, info, warn, error, got "warning".')
    expect(problem([rule({ check: 'links' })]).message).toMatch(/^Plugin "dept\/no-internal-links": check must be a function, .*, got "links"\.$/)
    expect(problem([rule({ messages: undefined })]).message).toMatch(/^Plugin "dept\/no-internal-links" has no message: give it message: \{ en, fr \}/)
    expect(problem([rule({ messages: undefined, message: { en: 'Internal link.' } })]).message).toBe('Plugin "dept/no-internal-links": message must be { en, fr }, two non-empty strings, got {…}.')
    expect(problem([rule({ messages: { en: { message: 'Internal link.' }, fr: {} } })]).message).toMatch(/messages must be \{ en: \{…\}, fr: \{…\} \}/)
    expect(problem([rule({ examples: { pass: 'good' } })]).message).toContain('examples must be { pass, fail }')
    expect(problem([noDraftTag, null]).message).toBe('Plugin 2 is not a rule: a plugin is an object with an id, a defaultSetting, a check function and its messages, got null.')
    expect(problem(noInternalLinks).message).toBe('The plugins option must be a list of rules, got {…}.')
  })

  it('is refused in French when messageLanguage is fr, with both languages on the error', () => {
    const error = problem([rule({ id: 'typography/fr-internal-links' })], 'fr')
    expect(error.message).toBe(
      'Le module d’extension «\u00a0typography/fr-internal-links\u00a0» utilise le préfixe «\u00a0typography/\u00a0» des règles intégrées\u00a0: donnez-lui un préfixe à vous, par exemple «\u00a0dept/fr-internal-links\u00a0».',
    )
    expect(error.messages?.en).toBe('Plugin "typography/fr-internal-links" uses the prefix "typography/" of the built-in rules: give it a prefix of your own, such as "dept/fr-internal-links".')
    expect(error.messages?.fr).toBe(error.message)
  })
})

describe('the README’s "Your own rules"', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('#### Your own rules'), readme.indexOf('## Export: platform-ready payloads'))

  it('shows the example rule’s pattern and what its example prints', () => {
    const example = readFileSync(new URL('../examples/plugins/no-internal-links.ts', import.meta.url), 'utf8')
    const pattern = /const internalHost = (\/.*\/giu)$/m
    expect(section.match(pattern)?.[1]).toBe(example.match(pattern)?.[1])
    const clinics = definePost({
      en: 'Book your flu shot at work: [Flu clinics](https://intranet.canada.ca/en/health/flu-clinics)',
      fr: 'Réservez votre vaccin contre la grippe au travail\u00a0: [Cliniques](https://intranet.canada.ca/fr/sante/cliniques-grippe)',
      platforms: ['x'],
    })
    const report = check(clinics, { plugins: [noInternalLinks] })
    expect(section).toContain(`formatDiagnostic(report.diagnostics[1], 'fr')\n// '${formatDiagnostic(report.diagnostics[1]!, 'fr')}'`)
    expect(check(clinics, { plugins: [noInternalLinks], rules: { 'dept/no-internal-links': 'warn' } }).ok).toBe(true)
    expect(section).toContain("rules: { 'dept/no-internal-links': 'warn' } }).ok // true")
  })
})
