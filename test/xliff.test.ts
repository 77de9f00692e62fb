import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { definePost, type BilingualPost } from '../src/post/define.js'
import { platformIds } from '../src/platforms/types.js'
import { parsePostFile } from '../src/files/post-file.js'
import { fromXliff, toXliff, XliffError } from '../src/pipelines.js'

const fixtureDir = new URL('./fixtures/cli/good/', import.meta.url)

function roundTrip(posts: readonly BilingualPost[]): BilingualPost[] {
  return fromXliff(toXliff(posts))
}

/** Pieces a post can be made of, with the hard cases for XML and for the inline codes. */
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '[Find a clinic](https://www.canada.ca/en/flu.html)',
    '[Trouvez](https://www.canada.ca/fr/grippe.html "titre")',
    '[](x)',
    '#FluSeason',
    '#SaisonDeLaGrippe',
    '@HealthCanada',
    '@sante@mastodon.social',
    'https://canada.ca/fr?a=1&b=2',
    ' & < > " \' ]]> ',
    '\r\n',
    '\r',
    '\n\n',
    '\t',
    '\u0000\u0001\u000b\u001f\ufffe\uffff',
    'Avis\u00a0: 1\u202f500\u00a0$',
    '👩🏽‍⚕️🇨🇦',
    '<script>alert(1)</script>',
    '&amp; &#13; &foo;',
    '<!DOCTYPE x>',
  ),
)
const markdown = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''))
const postArbitrary = fc
  .record(
    {
      id: markdown,
      en: markdown,
      fr: markdown,
      platforms: fc.uniqueArray(fc.constantFrom(...platformIds)),
      media: fc.array(fc.record({ url: fc.webUrl(), type: fc.constantFrom('image', 'video', 'gif'), alt: fc.record({ en: markdown, fr: markdown }) }, { requiredKeys: ['type', 'alt'] }), {
        maxLength: 2,
      }),
      title: fc.record({ en: markdown, fr: markdown }),
      publishAt: fc.constantFrom('2026-10-01T09:00:00-04:00', '2027-01-05T14:30:00Z'),
    },
    { requiredKeys: ['en', 'fr'] },
  )
  .map((input) => definePost(input))

describe('toXliff / fromXliff round trip', () => {
  it('gives back every bundled example exactly', () => {
    const posts = loadExamples().map(({ post }) => post)
    expect(posts.length).toBeGreaterThan(0)
    expect(roundTrip(posts)).toEqual(posts)
  })

  it('gives back the Markdown fixtures exactly', () => {
    const posts = readdirSync(fixtureDir)
      .sort()
      .flatMap((file) => parsePostFile(readFileSync(new URL(file, fixtureDir), 'utf8'), file).posts.map((p) => p.post))
    expect(posts).toHaveLength(2)
    expect(roundTrip(posts)).toEqual(posts)
  })

  it('gives back a generated corpus exactly (control characters, CR, markup, codes, emoji)', () => {
    fc.assert(
      fc.property(fc.array(postArbitrary, { minLength: 1, maxLength: 3 }), (posts) => {
        expect(roundTrip(posts)).toEqual(posts)
      }),
      { numRuns: 300 },
    )
  })
})

describe('inline codes', () => {
  const post = definePost({
    id: 'flu',
    en: 'Clinics open. [Find one](https://www.canada.ca/en/flu.html) #FluSeason @HealthCanada',
    fr: 'Les cliniques ouvrent. [Trouvez-en une](https://www.canada.ca/fr/grippe.html) #SaisonDeLaGrippe @SanteCanada',
    platforms: ['x'],
  })
  const xml = toXliff([post])

  it('protects links, hashtags and mentions as codes that cannot be copied or deleted', () => {
    expect(xml).toContain('<pc id="1" type="link" canCopy="no" canDelete="no" canOverlap="no" dataRefStart="d1" dataRefEnd="d2">Find one</pc>')
    expect(xml).toContain('<ph id="2" type="other" subType="bp:hashtag" canCopy="no" canDelete="no" dataRef="d3" disp="#FluSeason"/>')
    expect(xml).toContain('disp="@SanteCanada"')
    expect(xml).toContain('<data id="d2">](https://www.canada.ca/en/flu.html)</data>')
    expect(xml).not.toMatch(/<(?:source|target)>[^<]*\[/)
  })

  it('takes a translator’s new wording, and takes protected text from originalData, not from the target', () => {
    const revised = xml
      .replace('>Trouvez-en une</pc>', '>Trouvez une clinique</pc>')
      .replace('Les cliniques ouvrent.', 'Les cliniques ouvrent lundi.')
      // A tool that rewrote the display text of a code must not change the post.
      .replace('disp="#SaisonDeLaGrippe"', 'disp="#Oops"')
    const [back] = fromXliff(revised)
    expect(back?.fr).toBe('Les cliniques ouvrent lundi. [Trouvez une clinique](https://www.canada.ca/fr/grippe.html) #SaisonDeLaGrippe @SanteCanada')
    expect(back?.en).toBe(post.en)
  })

  it('reads a text that a tool split into several segments', () => {
    const split = toXliff([definePost({ en: 'One. Two.', fr: 'Un. Deux.' })]).replace(
      '<segment>\n        <source>One. Two.</source>\n        <target>Un. Deux.</target>\n      </segment>',
      '<segment><source>One.</source><target>Un.</target></segment><ignorable><source> </source></ignorable><segment><source>Two.</source><target>Deux.</target></segment>',
    )
    expect(split).toContain('<ignorable>')
    expect(fromXliff(split)[0]).toMatchObject({ en: 'One. Two.', fr: 'Un. Deux.' })
  })
})

describe('refusing what it must not read', () => {
  const valid = toXliff([definePost({ id: 'a', en: 'Hello', fr: 'Bonjour' })])

  function refusal(xml: string): XliffError {
    try {
      fromXliff(xml)
    } catch (error) {
      if (error instanceof XliffError) return error
      throw error
    }
    throw new Error('fromXliff accepted the document')
  }

  it('refuses any DOCTYPE, with or without entities, before parsing', () => {
    const withEntity = valid.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff ').replace('>Bonjour<', '>&xxe;<')
    expect(refusal(withEntity)).toMatchObject({ code: 'doctype', line: 2, column: 1 })
    expect(refusal(valid.replace('<xliff ', '<!DOCTYPE xliff>\n<xliff ')).code).toBe('doctype')
    expect(refusal(valid.replace('<xliff ', '<!doctype xliff>\n<xliff ')).code).toBe('doctype')
    const billionLaughs = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xliff>&b;</xliff>'
    expect(refusal(billionLaughs).code).toBe('doctype')
  })

  it('refuses malformed XML with a typed error and its place', () => {
    const error = refusal(valid.replace('</target>', '</source>'))
    expect(error).toBeInstanceOf(XliffError)
    expect(error.code).toBe('malformed')
    expect(error.line).toBeGreaterThan(1)
    expect(refusal(valid.replace('Bonjour', 'Bonjour &nbsp;')).message).toMatch(/undefined entity/)
    expect(refusal(valid.replace('Bonjour', 'Bon\u0007jour')).code).toBe('malformed')
    expect(refusal('').code).toBe('malformed')
  })

  it('refuses XML that is not XLIFF 2.0 or lacks a French target', () => {
    expect(refusal('<root/>').code).toBe('structure')
    expect(refusal(valid.replace('version="2.0"', 'version="1.2"')).code).toBe('structure')
    expect(refusal(valid.replace(/<target>.*<\/target>/, '')).message).toMatch(/French is missing/)
    expect(refusal(valid.replace('<source>Hello</source>', '<source>Hello<ph id="9" dataRef="d9"/></source>')).message).toMatch(/"d9"/)
  })

  it('refuses a post that is not valid once read back', () => {
    const error = refusal(valid.replace('>x bluesky', '>x myspace bluesky'))
    expect(error.code).toBe('invalid-post')
    expect(error.cause).toBeDefined()
  })
})
