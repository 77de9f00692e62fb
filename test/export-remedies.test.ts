import { describe, expect, it } from 'vitest'
import { definePost, measure, OverflowError, toPayloads } from '../src/index.js'

function overflowOf(run: () => unknown): OverflowError {
  try {
    run()
  } catch (error) {
    if (error instanceof OverflowError) return error
    throw error
  }
  throw new Error('expected an OverflowError')
}

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
