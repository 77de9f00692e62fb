import { describe, expect, it } from 'vitest'
import { fold, foldCharacter, foldQuick } from '../src/conduct/fold.js'
import { partisanTerms } from '../src/conduct/lists.js'
import { findPartisan } from '../src/conduct/partisan.js'
import { compileTerms, findTerms } from '../src/conduct/terms.js'
import { generateCorpus, seededRandom } from './support/corpus.js'

// Folding one code point at a time through foldCharacter: what fold() must equal, fast path or not.
function referenceFold(text: string): string {
  let out = ''
  for (const character of text) out += foldCharacter(character)
  return out
}

describe('conduct matching fast paths', () => {
  it('fold() (ASCII fast path) equals folding each code point, with offsets that map back', () => {
    for (const text of generateCorpus(2_000, 31)) {
      const folded = fold(text)
      expect(folded.text).toBe(referenceFold(text))
      expect(folded.starts).toHaveLength(folded.text.length)
      for (let i = 0; i < folded.text.length; i++) expect(folded.starts[i]).toBeLessThan(folded.ends[i] as number)
    }
  })

  it('the quick whole-text fold holds every piece the exact fold holds (so skipping on it loses nothing)', () => {
    const compiled = compileTerms(partisanTerms)
    const samples = [...generateCorpus(1_000, 33), 'CŒUR Cœur cœur', 'ÆTHER', 'Straße', 'İstanbul', 'Parti Québécois', 'NOUVEAU PARTI DÉMOCRATIQUE']
    for (const text of samples) {
      const quick = foldQuick(text)
      const exact = fold(text).text
      for (const piece of compiled.pieces.flat()) if (exact.includes(piece)) expect(quick, `${piece} in ${text}`).toContain(piece)
      for (const word of exact.split(/[^\p{L}\p{N}]+/u)) if (word !== '') expect(quick).toContain(word)
    }
  })

  it('skipping terms whose required piece is absent finds exactly what the patterns alone find', () => {
    const compiled = compileTerms(partisanTerms)
    const unfiltered = { ...compiled, pieces: compiled.terms.map(() => []) }
    const random = seededRandom(8)
    const phrases = partisanTerms.map((term) => term.phrase)
    const variants = (phrase: string) => [phrase, phrase.toUpperCase(), phrase.replace(/-/g, ' '), phrase.replace(/-/g, ''), phrase.replace(/'/g, '’'), phrase.replace(/ /g, '\u00a0')]
    let found = 0
    for (const text of generateCorpus(1_000, 32)) {
      const phrase = phrases[Math.floor(random() * phrases.length)] as string
      const options = variants(phrase)
      const withPhrase = `${text.slice(0, 40)} ${options[Math.floor(random() * options.length)]} ${text.slice(40)}`
      const fast = findTerms(withPhrase, compiled)
      expect(fast).toEqual(findTerms(withPhrase, unfiltered))
      found += fast.length
    }
    expect(found).toBeGreaterThan(900)
  })
})

describe('conduct terms with Greek, Turkish and German letters', () => {
  // Each writing of the name against each writing in the text: case and accents aside, they are the same words.
  const found = (phrase: string, text: string) => findPartisan(`Merci à ${text} !`, { parties: [phrase] }).map((match) => match.text)

  it.each([
    [['Πλεύσις Ελευθερίας', 'ΠΛΕΎΣΙΣ ΕΛΕΥΘΕΡΊΑΣ', 'πλευσις ελευθεριας'], 'final sigma'],
    [['Straße', 'STRAẞE', 'STRASSE', 'strasse'], 'sharp s'],
    [['Cæsar', 'CÆSAR', 'CǼSAR', 'Caesar'], 'æ, with an accent or not'],
    [['İstanbul', 'ISTANBUL', 'istanbul', 'İSTANBUL'], 'dotted capital I'],
  ])('finds %j written any of these ways (%s)', (writings) => {
    for (const phrase of writings) for (const text of writings) expect(found(phrase, text), `${phrase} in ${text}`).toEqual([text])
  })
})
