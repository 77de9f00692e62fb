import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/** A label that reads as a web address: an optional scheme, a dotted host, an optional path. */
const urlLike = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:[/?#]\S*)?$/u

function normalized(address: string): string | undefined {
  try {
    return new URL(/^https?:\/\//i.test(address) ? address : `https://${address}`).href
  } catch {
    return undefined
  }
}

/**
 * `links/misleading-label`: on rich-text platforms (Bluesky) a reader sees only
 * the label, so a label that looks like a URL must be the URL it links to.
 */
export const linksMisleadingLabelRule: Rule = {
  id: 'links/misleading-label',
  defaultSetting: 'error',
  description: 'A link label that looks like a web address must be the address the link goes to.',
  examples: {
    pass: { en: 'File by [canada.ca/taxes](https://canada.ca/taxes).', fr: 'Produisez par [canada.ca/impots](https://canada.ca/impots).' },
    fail: { en: 'File by [canada.ca/taxes](https://example.com/taxes).', fr: 'Produisez par [canada.ca/impots](https://canada.ca/impots).' },
  },
  check(context) {
    for (const lang of languages) {
      for (const link of context.plain(lang).links) {
        const label = link.label.trim()
        if (!urlLike.test(label)) continue
        const shown = normalized(label)
        if (shown !== undefined && shown === normalized(link.url)) continue
        context.report({ lang, data: { label, url: link.url }, range: { start: link.sourceStart, end: link.sourceEnd } })
      }
    }
  },
}
