import { describe, expect, it } from 'vitest'
import { definePost, measure, OverflowError, toPayloads } from '../src/index.js'
import { thrown } from './support/thrown.js'

const overflowOf = (run: () => unknown): OverflowError => thrown(OverflowError, run)

describe('"publish each language from its own account" only where it makes the text fit', () => {
  // A boil-water advisory: each language fits X alone (about 190 and 230), the two together do not.
  const advisory = definePost({
    en: 'Boil water advisory for Iqaluit: bring tap water to a rolling boil for one minute before drinking, cooking or brushing teeth. Bottled water is available at the arena until Friday.',
    fr: 'Avis d’ébullition de l’eau pour Iqaluit : faites bouillir l’eau du robinet à gros bouillons pendant une minute avant de la boire, de cuisiner ou de vous brosser les dents. De l’eau embouteillée est offerte à l’aréna jusqu’à vendredi.',
  })

  it('offers separate accounts for a bilingual post whose languages each fit alone', () => {
    expect(measure(advisory.en, 'x').withinLimit).toBe(true)
    expect(measure(advisory.fr, 'x').withinLimit).toBe(true)
    const error = overflowOf(() => toPayloads(advisory, 'x', { accounts: 'bilingual' }))
    expect(error.message).toContain(`pass { accounts: 'separate' } to publish each language from its own account`)
    // …and that remedy works.
    const separate = toPayloads(advisory, 'x', { accounts: 'separate' })
    expect([separate.en.length, separate.fr.length]).toEqual([1, 1])
    // LinkedIn cannot thread, but separate accounts are still a remedy there.
    const linkedin = { author: 'urn:li:organization:123' }
    const limits = { linkedin: { text: 300 } }
    expect(overflowOf(() => toPayloads(advisory, 'linkedin', { accounts: 'bilingual', overflow: 'thread', linkedin, limits })).message).toContain(`accounts: 'separate'`)
  })

  it('does not offer them when a language is over the limit alone', () => {
    const recall = definePost({
      en: advisory.en,
      fr: `${advisory.fr} Renseignements : 1-800-622-6232, de 8 h à 20 h (HE), du lundi au vendredi, ou https://www.canada.ca/fr/services/sante/avis.html`,
    })
    expect(measure(recall.fr, 'x').withinLimit).toBe(false)
    expect(overflowOf(() => toPayloads(recall, 'x', { accounts: 'bilingual' })).message).not.toContain('own account')
    expect(overflowOf(() => toPayloads(recall, 'x', { accounts: 'separate' })).message).not.toContain('own account')
  })
})

describe('a bilingual thread keeps each language whole where it fits', () => {
  const en =
    'Passport offices in Ottawa and Gatineau will be closed on Monday, October 13, for Thanksgiving. Online renewals stay open, and urgent travel can be handled by calling 1-800-567-6868. https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html'
  const frFirst =
    'Les bureaux des passeports d’Ottawa et de Gatineau seront fermés le lundi 13\u00a0octobre, jour de l’Action de grâce. Le renouvellement en ligne reste offert, et les voyages urgents peuvent être pris en charge au 1-800-567-6868.'
  const frLink = 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/passeports-canadiens.html'
  const texts = (post: ReturnType<typeof definePost>, order: 'en-first' | 'fr-first') =>
    toPayloads(post, 'x', { accounts: 'bilingual', overflow: 'thread', order }).bilingual.map((item) => item.body.text)

  it('puts the English in part 1 and the French from part 2, the French cut at a sentence end only', () => {
    const fr = `${frFirst} Merci de votre compréhension. ${frLink}`
    const post = definePost({ en, fr })
    // The English fits a post with its numbering; the French (277 weighted) does not.
    expect(measure(`${en} 1/3`, 'x').withinLimit).toBe(true)
    expect(measure(`${fr} 2/3`, 'x').withinLimit).toBe(false)
    expect(texts(post, 'en-first')).toEqual([`${en} 1/3`, `${frFirst} 2/3`, `Merci de votre compréhension. ${frLink} 3/3`])
    // French first: the French opens the thread, the English is whole in the last part.
    expect(texts(post, 'fr-first')).toEqual([`${frFirst} 1/3`, `Merci de votre compréhension. ${frLink} 2/3`, `${en} 3/3`])
  })

  it('gives each language a part of its own when each fits one', () => {
    const fr = `${frFirst} ${frLink}`
    const thread = toPayloads(definePost({ en, fr }), 'mastodon', { accounts: 'bilingual', overflow: 'thread', limits: { mastodon: { text: 300 } } }).bilingual
    expect(thread.map((item) => item.body.status)).toEqual([`${en} 1/2`, `${fr} 2/2`])
    expect(thread.map((item) => item.body.language)).toEqual(['en', 'fr'])
  })
})
