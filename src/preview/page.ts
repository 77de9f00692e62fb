import type { Diagnostic } from '../checks/diagnostic.js'
import { check } from '../checks/engine.js'
import type { CheckOptions } from '../checks/rule.js'
import { cliI18n } from '../i18n/cli-messages.js'
import { getI18n } from '../i18n/instance.js'
import type { BilingualPost } from '../post/define.js'
import { type Lang, languages } from '../post/language.js'
import { platformSettings } from '../platforms/registry.js'
import type { Measurement, PlatformId } from '../platforms/types.js'
import { renderDetailed } from '../platforms/render.js'
import { escapeHtml } from './escape.js'
import { previewStyles } from './styles.js'
import { markUpRenderedText } from './text-markup.js'

/** Options of {@link renderPreview}. */
export interface PreviewOptions {
  /** Language of the page's own words (headings, counters, diagnostics); default `en`. Post texts keep their own language. */
  readonly lang?: Lang
  /** Options for `check` (platforms, rules, limits, pairs); the limits also apply to the counters. */
  readonly check?: CheckOptions
}

type Translate = (key: string, data?: Readonly<Record<string, unknown>>) => string

function translator(lang: Lang): Translate {
  const instance = cliI18n()
  return (key, data = {}) => instance.t(key, { ...data, lng: lang, ns: 'cli' })
}

function unitName(lang: Lang, unit: string): string {
  return getI18n().t(`units.${unit}`, { lng: lang, ns: 'rules' })
}

interface CardContext {
  readonly post: BilingualPost
  readonly platform: PlatformId
  readonly lang: Lang
  readonly ui: Lang
  readonly t: Translate
  readonly id: string
  readonly options: PreviewOptions
}

function bar(measurement: Measurement, label: string, text: string): string {
  const percent = measurement.limit === 0 ? 100 : Math.min(100, (measurement.length / measurement.limit) * 100)
  // aria-valuenow must stay within min and max; the real figures, over or not, are in aria-valuetext.
  return `<div class="bar" role="progressbar" aria-label="${escapeHtml(label)}" aria-valuemin="0" aria-valuemax="${measurement.limit}" aria-valuenow="${Math.min(measurement.length, measurement.limit)}" aria-valuetext="${escapeHtml(text)}"><span style="width:${percent.toFixed(1)}%"></span></div>`
}

function card({ post, platform, lang, ui, t, id, options }: CardContext): string {
  const { platform: target, measureOptions } = platformSettings(platform, options.check?.limits)
  const rendered = renderDetailed(post[lang], platform)
  const measurement = target.measure(rendered.text, measureOptions)
  const unit = unitName(ui, measurement.unit)
  const language = t(lang === 'en' ? 'preview.page.english' : 'preview.page.french')
  const figures = { length: measurement.length, limit: measurement.limit, unit }
  const over = measurement.length - measurement.limit
  const verdict = measurement.withinLimit
    ? `<p class="verdict within" lang="${ui}">${escapeHtml(t('preview.page.within', { remaining: measurement.remaining }))}</p>`
    : `<p class="verdict over" lang="${ui}"><span aria-hidden="true">⚠ </span>${escapeHtml(over > 0 ? t('preview.page.overBy', { over }) : t('preview.page.constraintOver', figures))}</p>`
  const broken = measurement.constraints.slice(1).filter((constraint) => !constraint.withinLimit)
  const constraints =
    broken.length === 0
      ? ''
      : `<ul class="constraints" lang="${ui}">${broken.map((c) => `<li>${escapeHtml(t('preview.page.constraintOver', { length: c.length, limit: c.limit, unit: unitName(ui, c.unit) }))}</li>`).join('')}</ul>`
  const title = platform === 'youtube' && post.title ? `<p class="text"><strong lang="${ui}">${escapeHtml(t('preview.page.title'))}</strong> ${escapeHtml(post.title[lang])}</p>` : ''
  const media = post.media
    .map((item) => `<p class="media"><span lang="${ui}">${escapeHtml(t('preview.page.mediaOf', { type: item.type }))}</span> ${escapeHtml(item.alt[lang] || t('preview.page.noAlt'))}</p>`)
    .join('')
  const headingId = `${id}-${lang}`
  return `<article class="card${measurement.withinLimit ? '' : ' over'}" lang="${lang}" aria-labelledby="${headingId}" data-platform="${platform}" data-lang="${lang}" data-length="${measurement.length}" data-limit="${measurement.limit}" data-within-limit="${measurement.withinLimit}">
<h4 id="${headingId}" lang="${ui}">${escapeHtml(t('preview.page.card', { language, platform: target.displayName }))}</h4>
${title}<p class="text">${markUpRenderedText(rendered.text, rendered.links)}</p>
${media}<p class="counter" lang="${ui}">${escapeHtml(t('preview.page.counter', figures))}</p>
${bar(measurement, t('preview.page.barLabel', { platform: target.displayName }), t('preview.page.barText', figures))}
${verdict}${constraints}
</article>`
}

function diagnosticList(diagnostics: readonly Diagnostic[], ui: Lang, t: Translate, id: string): string {
  const severity = (d: Diagnostic) => getI18n().t(`severity.${d.severity}`, { lng: ui, ns: 'rules' })
  const items = diagnostics
    .map((d) => {
      const tags = [d.lang, d.platform === undefined ? undefined : platformSettings(d.platform).platform.displayName].filter((tag) => tag !== undefined).join(', ')
      return `<li><span class="severity ${d.severity}">${escapeHtml(severity(d))}</span> ${tags === '' ? '' : `(${escapeHtml(tags)}) `}${escapeHtml(d.message[ui])} <code>${escapeHtml(d.ruleId)}</code></li>`
    })
    .join('\n')
  return `<section class="diagnostics" aria-labelledby="${id}-diagnostics">
<h3 id="${id}-diagnostics">${escapeHtml(t('preview.page.diagnostics'))} — ${escapeHtml(t('preview.page.diagnosticCount', { count: diagnostics.length }))}</h3>
${diagnostics.length === 0 ? `<p>${escapeHtml(t('preview.page.noDiagnostics'))}</p>` : `<ul>\n${items}\n</ul>`}
</section>`
}

/**
 * One self-contained HTML page to review posts before they go out: for each
 * post and each of its platforms, the English and French cards side by side,
 * as the platform receives the text (`render`), with the count as the platform
 * counts it (`measure`), a bar, and a written verdict; then every diagnostic of
 * `check`. No network request: inline CSS, no script, no font, no image. All
 * user text is escaped; links are shown, not clickable.
 *
 * @example
 * import { writeFileSync } from 'node:fs'
 * writeFileSync('preview.html', renderPreview([post], { lang: 'fr' }))
 */
export function renderPreview(posts: readonly BilingualPost[], options: PreviewOptions = {}): string {
  const ui = options.lang ?? 'en'
  const t = translator(ui)
  const sections = posts.map((post, index) => {
    const id = `post-${index + 1}`
    const name = post.id === undefined ? t('preview.page.untitled', { index: index + 1 }) : post.id
    const platforms = options.check?.platforms?.filter((p) => post.platforms.includes(p)) ?? post.platforms
    const report = check(post, { threadParts: true, ...options.check, platforms })
    const groups = platforms
      .map((platform) => {
        const headingId = `${id}-${platform}`
        const cards = languages.map((lang) => card({ post, platform, lang, ui, t, id: headingId, options })).join('\n')
        return `<section class="platform" aria-labelledby="${headingId}">
<h3 id="${headingId}">${escapeHtml(platformSettings(platform).platform.displayName)}</h3>
<div class="pair">
${cards}
</div>
</section>`
      })
      .join('\n')
    return {
      nav: `<li><a href="#${id}">${escapeHtml(name)}</a>${report.errorCount === 0 ? '' : ` (${escapeHtml(t('preview.page.errorsInNav', { count: report.errorCount }))})`}</li>`,
      body: `<section class="post" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(name)}</h2>
${groups}
${diagnosticList(report.diagnostics, ui, t, id)}
</section>`,
    }
  })
  return `<!doctype html>
<html lang="${ui}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t('preview.page.pageTitle'))}</title>
<style>${previewStyles}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t('preview.page.skip'))}</a>
<header>
<h1>${escapeHtml(t('preview.page.heading', { count: posts.length }))}</h1>
<p>${escapeHtml(t('preview.page.generated'))}</p>
</header>
<nav aria-label="${escapeHtml(t('preview.page.postsNav'))}">
<ul>
${sections.map((section) => section.nav).join('\n')}
</ul>
</nav>
<main id="main">
${sections.map((section) => section.body).join('\n')}
</main>
</body>
</html>
`
}
