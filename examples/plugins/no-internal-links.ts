// A department's own rule, run by check(post, { plugins: [noInternalLinks] }) or from a config file's `plugins`.
// It has the shape of the built-in rules (id, defaultSetting, description, examples, check) plus its messages,
// since the library's locales do not hold them.
import type { PluginRule } from '../../src/index.js'

/**
 * Hosts of the Government of Canada's internal networks: the intranet, GCconnex, GCcollab, GCpedia, and any
 * department's `intranet.*.gc.ca`. Staff can open them; the public a post is for cannot.
 */
const internalHost = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)*(?:intranet\.canada\.ca|gcconnex\.gc\.ca|gccollab\.ca|gcpedia\.gc\.ca|intranet\.[a-z0-9-]+\.gc\.ca))(?:[/?#][^\s)\]>]*)?/giu

/** `dept/no-internal-links`: a public post must not link to a site only public servants can open. */
export const noInternalLinks: PluginRule = {
  id: 'dept/no-internal-links',
  defaultSetting: 'error',
  description: 'A public post must not link to an internal site (the intranet, GCconnex, GCcollab, GCpedia).',
  examples: {
    pass: {
      en: 'Apply by March 31: [canada.ca/jobs](https://www.canada.ca/en/services/jobs.html)',
      fr: 'Postulez d’ici le 31 mars\u00a0: [canada.ca/emplois](https://www.canada.ca/fr/services/emplois.html)',
    },
    fail: {
      en: 'Apply by March 31: https://intranet.canada.ca/hr/jobs',
      fr: 'Postulez d’ici le 31 mars\u00a0: [canada.ca/emplois](https://www.canada.ca/fr/services/emplois.html)',
    },
  },
  // i18next resources: `message` with a context per language (`context` below), as built-in messages are written.
  messages: {
    en: {
      message_en: 'The English text links to {{host}}, an internal site the public cannot open. Link to the public page on canada.ca instead.',
      message_fr: 'The French text links to {{host}}, an internal site the public cannot open. Link to the public page on canada.ca instead.',
    },
    fr: {
      message_en: 'Le texte anglais renvoie à {{host}}, un site interne que le public ne peut pas ouvrir. Renvoyez plutôt à la page publique sur canada.ca.',
      message_fr: 'Le texte français renvoie à {{host}}, un site interne que le public ne peut pas ouvrir. Renvoyez plutôt à la page publique sur canada.ca.',
    },
  },
  check(context) {
    for (const lang of ['en', 'fr'] as const) {
      // The Markdown source, so that a link hidden behind a label ([Apply](https://gcconnex.gc.ca/…)) is found too.
      for (const match of context.source(lang).matchAll(internalHost)) {
        const host = (match[1] as string).toLowerCase()
        context.report({ lang, data: { host, url: match[0] }, range: { start: match.index, end: match.index + match[0].length }, context: lang })
      }
    }
  },
}
