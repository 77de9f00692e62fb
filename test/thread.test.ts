import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { splitThread, splitThreadPair, threadPartCount, ThreadSplitError } from '../src/platforms/thread.js'
import { measure } from '../src/platforms/registry.js'
import { consultationNotice, heatWarning, recallNotice, weatherWarning } from './fixtures/long-notices.js'

const sentence = (n: number) => `Phrase numéro ${n} du fil, qui explique une chose utile aux résidents.`
const long = (count: number) => Array.from({ length: count }, (_, i) => sentence(i + 1)).join(' ')

/** The part without its ` i/n` numbering. */
function content(part: string, index: number, total: number): string {
  const suffix = ` ${index + 1}/${total}`
  expect(part.endsWith(suffix)).toBe(true)
  return part.slice(0, -suffix.length)
}

describe('splitThread', () => {
  it('returns a text that fits whole and unnumbered, even with edge whitespace', () => {
    expect(splitThread('  Bonjour.  ', 'x')).toEqual(['  Bonjour.  '])
    expect(splitThread('', 'x')).toEqual([''])
  })

  it('numbers parts 1/n … n/n and keeps every part within the limit', () => {
    const text = long(12)
    const parts = splitThread(text, 'x')
    expect(parts.length).toBeGreaterThan(1)
    parts.forEach((part, i) => {
      expect(part.endsWith(` ${i + 1}/${parts.length}`)).toBe(true)
      expect(twitter.parseTweet(part).valid).toBe(true)
    })
    expect(parts.map((p, i) => content(p, i, parts.length)).join(' ')).toBe(text)
  })

  it('makes the fewest parts possible', () => {
    const text = long(12)
    const parts = splitThread(text, 'x')
    // No thread of one part fewer can exist: the whole text is more than (n - 1) full posts.
    expect(twitter.parseTweet(text).weightedLength).toBeGreaterThan((parts.length - 1) * (280 - ' 9/9'.length))
  })

  it('prefers sentence boundaries to word boundaries', () => {
    const parts = splitThread(long(12), 'x')
    for (const [i, part] of parts.entries()) expect(content(part, i, parts.length)).toMatch(/\.$/)
  })

  it('prefers a paragraph break when one is near', () => {
    const first = long(2)
    const text = `${first}\n\n${long(3)}`
    const parts = splitThread(text, 'x')
    expect(parts).toHaveLength(2)
    expect(content(parts[0] as string, 0, 2)).toBe(first)
  })

  it('never breaks at a no-break space (French punctuation, 14 h 30)', () => {
    const words = Array.from({ length: 80 }, (_, i) => (i % 3 === 0 ? `heure\u00a0: 14\u00a0h\u00a030` : `mot${i}\u202f!`)).join(' ')
    const parts = splitThread(words, 'x')
    expect(parts.length).toBeGreaterThan(1)
    for (const [i, part] of parts.entries()) {
      const body = content(part, i, parts.length)
      expect(body).not.toMatch(/^[\u00a0\u202f]|[\u00a0\u202f]$/)
      expect(body).not.toMatch(/^(?::|!|h\u00a0|30)/)
    }
  })

  it('never separates a combining mark from the letter before it', () => {
    // "word" + space + U+0301: the space and the accent form one grapheme cluster.
    const text = Array.from({ length: 120 }, (_, i) => (i % 7 === 0 ? 'x \u0301y' : `mot${i}`)).join(' ')
    const parts = splitThread(text, 'bluesky')
    for (const [i, part] of parts.entries()) expect(content(part, i, parts.length)).not.toMatch(/^\u0301/)
  })

  it('keeps URLs, hashtags and mentions whole', () => {
    const url = 'https://www.canada.ca/fr/services/police/urgences/incendies-de-foret-et-evacuations.html'
    const text = Array.from({ length: 30 }, (_, i) => `info ${i} ${url} #FeuxTNO @SanteCanada`).join(' ')
    const parts = splitThread(text, 'x')
    const joined = parts.map((p, i) => content(p, i, parts.length))
    for (const part of joined) {
      // Each part holds whole URLs only: every http occurrence is followed by the full URL.
      for (const match of part.matchAll(/https?:\/\/\S+/g)) expect(match[0]).toBe(url)
      expect(part).not.toMatch(/(^|\s)(#|@)(\s|$)/)
    }
  })

  it('counts parts with two-digit numbering correctly', () => {
    const text = long(60)
    const parts = splitThread(text, 'x')
    expect(parts.length).toBeGreaterThanOrEqual(10)
    expect(parts.at(-1)).toMatch(new RegExp(` ${parts.length}/${parts.length}$`))
    for (const part of parts) expect(twitter.parseTweet(part).valid).toBe(true)
  })

  it('makes exactly the number of parts asked for when the text allows it', () => {
    const text = long(3)
    const parts = splitThread(text, 'x', { parts: 3 })
    expect(parts).toHaveLength(3)
    // Too few break points for the count asked: the natural split, not a lopsided partial one.
    expect(splitThread('Deux mots', 'x', { parts: 5 })).toEqual(['Deux mots'])
  })

  it('leaves numbering out when asked', () => {
    const parts = splitThread(long(12), 'x', { numbering: false })
    expect(parts.join(' ')).toBe(long(12))
    for (const part of parts) expect(part).not.toMatch(/\d+\/\d+$/)
  })

  it('honours limit overrides (a 1,000-character Mastodon instance, a paid X account)', () => {
    const text = long(12)
    expect(splitThread(text, 'mastodon').length).toBeGreaterThan(1)
    expect(splitThread(text, 'mastodon', { limits: { mastodon: { text: 1000 } } })).toEqual([text])
    expect(splitThread(text, 'x', { limits: { x: { text: 25_000 } } })).toEqual([text])
  })

  it('splits on Bluesky byte limits as well as graphemes', () => {
    const text = Array.from({ length: 200 }, () => '👨‍👩‍👧‍👦').join(' ') // 200 × 25 bytes + spaces: over 3,000 bytes, 399 graphemes
    const parts = splitThread(text, 'bluesky')
    for (const part of parts) expect(measure(part, 'bluesky').withinLimit).toBe(true)
  })

  it('throws ThreadSplitError, with the offset, when one word is longer than a post', () => {
    const text = `Début ${'a'.repeat(400)} fin`
    expect(() => splitThread(text, 'x')).toThrow(ThreadSplitError)
    try {
      splitThread(text, 'x')
    } catch (error) {
      expect(error).toBeInstanceOf(ThreadSplitError)
      expect((error as ThreadSplitError).offset).toBe(6)
      expect((error as ThreadSplitError).platform).toBe('x')
    }
  })

  it('threadPartCount agrees with splitThread', () => {
    expect(threadPartCount(long(12), 'x')).toBe(splitThread(long(12), 'x').length)
    expect(threadPartCount('Court.', 'x')).toBe(1)
  })
})

describe('splitThreadPair', () => {
  it('spreads the shorter language over as many parts as the longer one', () => {
    const en = 'Short English text. It fits in one post easily, with room to spare for a link.'
    const fr = long(8)
    const pair = splitThreadPair(en, fr, 'x')
    expect(pair.fr.length).toBeGreaterThan(1)
    expect(pair.en).toHaveLength(pair.fr.length)
    for (const part of [...pair.en, ...pair.fr]) expect(twitter.parseTweet(part).valid).toBe(true)
  })

  it('leaves both whole when both fit', () => {
    expect(splitThreadPair('Hello.', 'Bonjour.', 'x')).toEqual({ en: ['Hello.'], fr: ['Bonjour.'] })
  })

  it('gives fewer parts (never a broken word) when the shorter text has too few break points', () => {
    const pair = splitThreadPair('Hello there.', long(12), 'x')
    expect(pair.en).toEqual(['Hello there.'])
    expect(pair.fr.length).toBeGreaterThan(2)
  })
})

/** The parts of a thread, numbering removed. */
const contents = (parts: readonly string[]) => parts.map((part, i) => (parts.length === 1 ? part : content(part, i, parts.length)))
const threadPlatforms = ['x', 'bluesky', 'mastodon', 'threads'] as const

describe('splitThread keeps sentences and lists whole (long departmental posts)', () => {
  it('breaks at a sentence end rather than at a clause nearer the middle (a heat warning)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const parts = contents(splitThread(heatWarning[lang], 'x'))
      expect(parts, lang).toHaveLength(2)
      expect(parts[0], lang).toMatch(lang === 'en' ? /from Tuesday to Thursday\.$/ : /de mardi à jeudi\.$/)
    }
  })

  it('keeps every sentence of a weather warning whole where the limit allows, and never loses a word', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const platform of ['mastodon', 'threads'] as const) {
        const parts = contents(splitThread(weatherWarning[lang], platform))
        expect(parts.length).toBeGreaterThan(1)
        for (const part of parts.slice(0, -1)) expect(part, `${lang} ${platform}`).toMatch(/[.!?]$/)
        expect(parts.join(' ')).toBe(weatherWarning[lang])
      }
      // On X the sentences are longer than the room a part leaves: a clause or a word break, but every part fits.
      for (const part of splitThread(weatherWarning[lang], 'x')) expect(twitter.parseTweet(part).valid).toBe(true)
    }
  })

  it('keeps the list of affected lots of a recall in one part where a break before or after it fits', () => {
    // Mastodon counts the English link as 23 and fits it whole; Threads counts every character.
    for (const [lang, platform] of [
      ['en', 'threads'],
      ['fr', 'threads'],
      ['fr', 'mastodon'],
    ] as const) {
      {
        const parts = contents(splitThread(recallNotice[lang], platform))
        expect(parts, `${lang} ${platform}`).toHaveLength(2)
        // The first part ends with the sentence that introduces the list; the list opens the second.
        expect(parts[0]).toMatch(/:$/)
        expect(parts[1]?.startsWith(recallNotice.lists[lang])).toBe(true)
      }
    }
  })

  it('splits a list between items, never inside one, when no break outside it fits (X)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const parts = contents(splitThread(recallNotice[lang], 'x'))
      const items = recallNotice.lists[lang].split('\n')
      for (const item of items)
        expect(
          parts.some((part) => part.includes(item)),
          `${lang}: ${item}`,
        ).toBe(true)
      for (const part of parts) expect(twitter.parseTweet(`${part} 9/9`).valid).toBe(true)
    }
  })

  it('keeps the numbered questions of a consultation together, after the line that announces them', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const platform of threadPlatforms) {
        const parts = contents(splitThread(consultationNotice[lang], platform))
        expect(parts.length).toBeGreaterThan(1)
        const list = consultationNotice.lists[lang]
        if (platform === 'mastodon' || platform === 'threads')
          expect(
            parts.some((part) => part.includes(list)),
            `${lang} ${platform}`,
          ).toBe(true)
        // Everywhere, each question stays in one part, and no part ends on a bare question number.
        for (const question of list.split('\n'))
          expect(
            parts.some((part) => part.includes(question)),
            `${lang} ${platform}`,
          ).toBe(true)
        for (const part of parts) expect(part).not.toMatch(/\n\d\.$/)
      }
    }
  })
})
