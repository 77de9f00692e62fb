// The live bilingual editor: the public entry only, as a host app would use it.
import {
  applyFixes,
  check,
  definePost,
  formatDiagnostic,
  measure,
  platformIds,
  render,
  safeDefinePost,
  splitThreadPair,
  toPayloads,
  type BilingualPost,
  type CheckReport,
  type Diagnostic,
  type Lang,
  type PlatformId,
} from '../src/index.js'

// Platforms that chain posts into a thread (README, "Threads, and how a sender posts them").
const threading: readonly PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads']
const langs: readonly Lang[] = ['en', 'fr']

const ui = {
  en: {
    title: 'bilingual-posts playground',
    legend: 'Interface language',
    platform: 'Platform for the highlight, thread and payload',
    enLabel: 'English (Markdown)',
    frLabel: 'French (Markdown)',
    enMirror: 'English as counted, past the limit marked',
    frMirror: 'French as counted, past the limit marked',
    counts: 'Counts',
    diagnostics: 'Diagnostics',
    thread: 'Thread',
    payload: 'Payload JSON',
    platformCol: 'Platform',
    english: 'English',
    french: 'French',
    fix: 'Fix',
    fixAll: 'Apply every fix',
    fixLabel: (rule: string, lang: string) => `Fix ${rule} (${lang})`,
    summary: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} note(s)`,
    none: 'No diagnostics.',
    parts: (n: number) => `${n} part(s)`,
    noThread: 'This platform does not chain posts; a text past its limit cannot be sent.',
    invalid: 'The post is not valid:',
  },
  fr: {
    title: 'Bac à sable bilingual-posts',
    legend: 'Langue de l’interface',
    platform: 'Plateforme du surlignage, du fil et de la charge utile',
    enLabel: 'Anglais (Markdown)',
    frLabel: 'Français (Markdown)',
    enMirror: 'L’anglais tel qu’il est compté, la partie en trop marquée',
    frMirror: 'Le français tel qu’il est compté, la partie en trop marquée',
    counts: 'Décomptes',
    diagnostics: 'Diagnostics',
    thread: 'Fil',
    payload: 'Charge utile JSON',
    platformCol: 'Plateforme',
    english: 'Anglais',
    french: 'Français',
    fix: 'Corriger',
    fixAll: 'Appliquer toutes les corrections',
    fixLabel: (rule: string, lang: string) => `Corriger ${rule} (${lang})`,
    summary: (e: number, w: number, i: number) => `${e} erreur(s), ${w} avertissement(s), ${i} note(s)`,
    none: 'Aucun diagnostic.',
    parts: (n: number) => `${n} partie(s)`,
    noThread: 'Cette plateforme n’enchaîne pas les publications\u00a0; un texte trop long ne peut pas être envoyé.',
    invalid: 'La publication n’est pas valide\u00a0:',
  },
} as const

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (element === null) throw new Error(`playground: #${id} is missing from the page`)
  return element as T
}

const fields: Record<Lang, HTMLTextAreaElement> = { en: byId('en'), fr: byId('fr') }
const mirrors: Record<Lang, HTMLElement> = { en: byId('en-mirror'), fr: byId('fr-mirror') }
const platformSelect = byId<HTMLSelectElement>('platform')
const counts = byId('counts')
const diagnosticsList = byId<HTMLUListElement>('diagnostics')
const summary = byId('diagnostics-summary')
const threadBox = byId('thread')
const payloadBox = byId('payload')

let uiLang: Lang = 'en'
let current: { post: BilingualPost; report: CheckReport } | undefined

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (text !== undefined) element.textContent = text
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value)
  return element
}

function overLimit(report: CheckReport, lang: Lang, platform: PlatformId): Diagnostic | undefined {
  return report.diagnostics.find((d) => d.ruleId === 'length/over-limit' && d.lang === lang && d.platform === platform && d.field === 'text' && d.position !== undefined)
}

function renderMirror(lang: Lang, text: string, over: Diagnostic | undefined): void {
  const mirror = mirrors[lang]
  mirror.replaceChildren()
  if (over?.position === undefined) {
    mirror.textContent = text
    return
  }
  const { start, end } = over.position
  const mark = el('mark', text.slice(start.offset, end.offset), { class: 'over', 'data-lang': lang })
  mirror.append(text.slice(0, start.offset), mark, text.slice(end.offset))
}

function renderCounts(post: BilingualPost): void {
  const t = ui[uiLang]
  const table = el('table')
  const head = el('tr')
  head.append(el('th', t.platformCol, { scope: 'col' }), el('th', t.english, { scope: 'col' }), el('th', t.french, { scope: 'col' }))
  table.append(head)
  for (const platform of platformIds) {
    const row = el('tr', undefined, { 'data-platform': platform })
    row.append(el('th', platform, { scope: 'row' }))
    for (const lang of langs) {
      const m = measure(render(post[lang], platform), platform)
      row.append(el('td', `${m.length} / ${m.limit}`, { class: m.withinLimit ? 'ok' : 'bad', 'data-lang': lang }))
    }
    table.append(row)
  }
  counts.replaceChildren(table)
}

function renderDiagnostics(report: CheckReport): void {
  const t = ui[uiLang]
  summary.textContent = report.diagnostics.length === 0 ? t.none : t.summary(report.errorCount, report.warningCount, report.infoCount)
  diagnosticsList.replaceChildren()
  if (report.diagnostics.some((d) => d.fix !== undefined)) {
    const all = el('button', t.fixAll, { type: 'button', id: 'fix-all' })
    all.addEventListener('click', () => fix(report.diagnostics))
    summary.append(all)
  }
  for (const d of report.diagnostics) {
    const item = el('li', undefined, { class: `severity-${d.severity}`, 'data-rule': d.ruleId })
    item.append(el('span', formatDiagnostic(d, uiLang), { lang: uiLang }))
    if (d.fix !== undefined) {
      const button = el('button', t.fix, { type: 'button', class: 'fix', 'aria-label': t.fixLabel(d.ruleId, d.lang ?? '') })
      button.addEventListener('click', () => fix([d]))
      item.append(button)
    }
    diagnosticsList.append(item)
  }
}

function renderThread(post: BilingualPost, platform: PlatformId): void {
  const t = ui[uiLang]
  threadBox.replaceChildren()
  const chains = threading.includes(platform)
  const parts = chains ? splitThreadPair(render(post.en, platform), render(post.fr, platform), platform) : { en: [render(post.en, platform)], fr: [render(post.fr, platform)] }
  for (const lang of langs) {
    const section = el('section', undefined, { 'data-lang': lang })
    section.append(el('h3', `${lang === 'en' ? t.english : t.french}: ${t.parts(parts[lang].length)}`))
    const list = el('ol', undefined, { class: 'thread', lang })
    for (const part of parts[lang]) list.append(el('li', part))
    section.append(list)
    threadBox.append(section)
  }
  if (!chains && langs.some((lang) => !measure(render(post[lang], platform), platform).withinLimit)) threadBox.append(el('p', t.noThread, { class: 'error' }))
  try {
    const payloads = toPayloads(post, platform, { messageLanguage: uiLang, ...(chains ? { overflow: 'thread' as const } : {}) })
    payloadBox.textContent = JSON.stringify(payloads, null, 2)
  } catch (error) {
    payloadBox.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  }
}

/** Reads both fields, checks, and redraws everything; returns false when the input is not a valid post. */
function update(): boolean {
  const platform = platformSelect.value as PlatformId
  const result = safeDefinePost({ en: fields.en.value, fr: fields.fr.value }, { messageLanguage: uiLang })
  if (!result.success) {
    current = undefined
    summary.textContent = `${ui[uiLang].invalid} ${result.error.message}`
    return false
  }
  const post = result.post
  const report = check(post)
  current = { post, report }
  for (const lang of langs) renderMirror(lang, post[lang], overLimit(report, lang, platform))
  renderCounts(post)
  renderDiagnostics(report)
  renderThread(post, platform)
  return true
}

function fix(diagnostics: readonly Diagnostic[]): void {
  if (current === undefined) return
  const fixed = applyFixes(current.post, diagnostics)
  fields.en.value = fixed.en
  fields.fr.value = fixed.fr
  update()
  // Keep keyboard users in the list they were working in, not on a button that is gone.
  const next = diagnosticsList.querySelector<HTMLButtonElement>('button.fix')
  if (next !== null) next.focus()
  else fields[diagnostics[0]?.lang ?? 'fr'].focus()
}

function setUiLang(lang: Lang): void {
  uiLang = lang
  const t = ui[lang]
  document.documentElement.lang = lang
  const texts: Record<string, string> = {
    title: t.title,
    'ui-legend': t.legend,
    'platform-label': t.platform,
    'en-label': t.enLabel,
    'fr-label': t.frLabel,
    'en-mirror-label': t.enMirror,
    'fr-mirror-label': t.frMirror,
    'counts-heading': t.counts,
    'diagnostics-heading': t.diagnostics,
    'thread-heading': t.thread,
    'payload-heading': t.payload,
  }
  for (const [id, text] of Object.entries(texts)) byId(id).textContent = text
  document.title = t.title
  update()
}

/** Median time of `runs` updates for a post of `length` characters in each language, all eight platforms. */
function timeUpdates(runs = 30, length = 1000): { medianMs: number; runs: number; length: number } {
  const en = 'Passport offices in Ottawa close at 4 p.m. on Friday for maintenance. Details: https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html #Passports '
  const fr =
    'Les bureaux des passeports d’Ottawa ferment à 16 h vendredi pour l’entretien. Détails\u00a0: https://www.canada.ca/fr/immigration-refugies-citoyennete/services/passeports-canadiens.html #Passeports '
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    // A new text each time, as a keystroke makes: nothing is served from a previous update.
    fields.en.value = en.repeat(8).slice(0, length - 1) + String(i % 10)
    fields.fr.value = fr.repeat(8).slice(0, length - 1) + String(i % 10)
    const start = performance.now()
    update()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN, runs, length }
}

for (const platform of platformIds) platformSelect.append(el('option', platform, { value: platform }))
platformSelect.value = 'x'
platformSelect.addEventListener('change', () => update())
for (const lang of langs) fields[lang].addEventListener('input', () => update())
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="ui"]')) radio.addEventListener('change', () => radio.checked && setUiLang(radio.value as Lang))

const sample = definePost({
  en: 'Flu clinics open Monday. [Find one near you](https://www.canada.ca/en/public-health/flu.html) #FluSeason',
  fr: 'Les cliniques de vaccination contre la grippe ouvrent lundi. [Trouvez-en une près de chez vous](https://www.canada.ca/fr/sante-publique/grippe.html) #SaisonDeLaGrippe',
})
fields.en.value = sample.en
fields.fr.value = sample.fr
update()

// For the browser test and the README's figure.
Object.assign(globalThis, { playground: { update, timeUpdates } })
