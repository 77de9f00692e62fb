import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { platformIds, render, renderDetailed } from '../src/index.js'
import { isPlainText, markdownTooComplex, parseMarkdown, renderMarkdown, renderWithoutParser, withLineEdgesTrimmed } from '../src/text/markdown.js'
import { labelThenUrl } from '../src/platforms/measurement.js'

describe('render', () => {
  it('turns links into label + URL, and a bare URL when the label is the URL', () => {
    expect(render('[Find one near you](https://www.canada.ca/en/flu.html)', 'x')).toBe('Find one near you https://www.canada.ca/en/flu.html')
    expect(render('[https://canada.ca](https://canada.ca)', 'x')).toBe('https://canada.ca')
    expect(render('[canada.ca](https://canada.ca)', 'mastodon')).toBe('https://canada.ca')
    // Bluesky keeps labels; a label that is the URL is stored as the app's toShortUrl (social-app url-helpers.ts).
    expect(render('[canada.ca](https://canada.ca)', 'bluesky')).toBe('canada.ca')
    expect(render('[Find one near you](https://www.canada.ca/en/flu.html)', 'bluesky')).toBe('Find one near you')
    expect(render('<https://canada.ca/fr>', 'mastodon')).toBe('https://canada.ca/fr')
  })

  it('resolves reference links through their definitions', () => {
    expect(render('See [the guide][g].\n\n[g]: https://canada.ca/guide', 'x')).toBe('See the guide https://canada.ca/guide.')
  })

  it('drops emphasis markers, keeps paragraphs and line breaks, resolves escapes and entities', () => {
    expect(render('**Flu** clinics _open_ Monday.\nSecond line.\n\n\nNew paragraph.', 'x')).toBe('Flu clinics open Monday.\nSecond line.\n\nNew paragraph.')
    expect(render('Price: 5\\*2 \\#NotATag AT&amp;T', 'x')).toBe('Price: 5*2 #NotATag AT&T')
  })

  it('passes hashtags and mentions through untouched, even at the start of a line', () => {
    expect(render('#FluSeason @SanteCanada @user@mastodon.social', 'x')).toBe('#FluSeason @SanteCanada @user@mastodon.social')
    expect(render('Line one\n#SaisonDeLaGrippe', 'x')).toBe('Line one\n#SaisonDeLaGrippe')
  })

  it('renders lists, headings, quotes and code as plain text', () => {
    expect(render('# Notice\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n`code`', 'x')).toBe('Notice\n\n• one\n• two\n\n1. first\n2. second\n\nquoted\n\ncode')
  })

  it('lets no raw HTML through, but keeps the text between tags', () => {
    const out = render('Hello <b>bold</b> <img src=x onerror=alert(1)> <script>alert(1)</script>world', 'x')
    expect(out).not.toMatch(/[<>]/)
    expect(out).toContain('bold')
    expect(out).toContain('world')
    expect(out).not.toContain('alert')
  })

  it('gives link positions in the rendered text and the source', () => {
    const source = 'Voir [le guide](https://canada.ca/fr/guide).'
    const r = renderDetailed(source, 'mastodon')
    expect(r.text).toBe('Voir le guide https://canada.ca/fr/guide.')
    expect(r.links).toEqual([{ url: 'https://canada.ca/fr/guide', label: 'le guide', start: 14, end: 40, sourceStart: 5, sourceEnd: 43 }])
    // On Bluesky the label itself carries the link.
    expect(renderDetailed(source, 'bluesky').links).toEqual([{ url: 'https://canada.ca/fr/guide', label: 'le guide', start: 5, end: 13, sourceStart: 5, sourceEnd: 43 }])
  })

  it('throws a TypeError on non-string input and an UnknownPlatformError on an unknown platform', () => {
    expect(() => render(42 as unknown as string, 'x')).toThrow(TypeError)
    expect(() => render('hi', 'myspace' as 'x')).toThrow(/Unknown platform/)
  })

  it('renders the same for every platform when the text has no link', () => {
    const outputs = new Set(platformIds.map((p) => render('Les **cliniques** ouvrent lundi.', p)))
    expect(outputs.size).toBe(1)
  })
})

describe('markdownTooComplex', () => {
  // The nesting test tries its pattern at each line start; the reference tries a multiline `^` pattern everywhere.
  it('finds the container nesting a multiline pattern finds, on texts of markers and every line terminator', () => {
    const prefix = /^(?:[ \t]{0,3}(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)+/gm
    const deepest = (text: string) => Math.max(0, ...[...text.matchAll(prefix)].map((m) => (m[0].match(/(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)/g) ?? []).length))
    const markers = ['> ', '- ', '* ', '+ ', '1. ', '2) ', '>', '>\t']
    const noise = ['', ' ', '\t', '    ', 'a ', '> ']
    const terminators = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\n\n']
    // Lines opening with a run of 0 to 24 of one marker, a little noise in it, then text, ended by any line terminator.
    const line = fc.tuple(fc.constantFrom(...markers), fc.nat(24), fc.constantFrom(...noise), fc.nat(24), fc.constantFrom('a', 'texte', ''), fc.constantFrom(...terminators))
    const lineText = ([marker, before, inside, after, words, end]: [string, number, string, number, string, string]) => marker.repeat(before) + inside + marker.repeat(after) + words + end
    let nested = 0
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const text = lines.map(lineText).join('')
        const depth = deepest(text)
        if (depth > 16) nested++
        expect(markdownTooComplex(text)?.reason === 'nesting', JSON.stringify(text)).toBe(depth > 16)
      }),
      { numRuns: 20_000, seed: 4 },
    )
    expect(nested).toBeGreaterThan(100)
  })
})

describe('the plain-text fast path', () => {
  it('takes a text too complex to parse as written, white space at line edges or not, and trims one that is not', () => {
    const words = (count: number) => Array.from({ length: count }, (_, i) => `a_${i}`).join(' ')
    for (const [text, tooComplex] of [
      [`${words(1000)} \nFin. `, false],
      [`${words(1001)} \nFin. `, true],
      [`Avis \n${'> '.repeat(17)}citation`, true],
      [`Avis \n${'> '.repeat(3)}citation`, false],
      [`Avis \n${'* '.repeat(20)}liste `, true],
    ] as const) {
      expect(markdownTooComplex(text) !== undefined, text.slice(0, 40)).toBe(tooComplex)
      const rendered = renderWithoutParser(text)
      if (tooComplex) expect(rendered?.text).toBe(text)
      // Not too complex: trimmed without the parser when only line edges are syntax, else left to the parser.
      else expect(rendered === undefined ? renderMarkdown(text, labelThenUrl).text : rendered.text).toBe(renderMarkdown(text, labelThenUrl, parseMarkdown(text)).text)
    }
    expect(renderWithoutParser(`${words(1000)} \nFin. `)?.text).toBe(`${words(1000)}\nFin.`)
  })

  it('gives exactly what the parser gives, on generated texts it accepts', () => {
    let trimmedCount = 0
    let blankLines = 0
    const pieces = [
      'Les',
      'cliniques',
      'ouvrent',
      'lundi.',
      '#Grippe',
      '@Sante',
      'https://canada.ca/fr',
      'é',
      '1.',
      '2)',
      '-',
      '+',
      '#',
      '=',
      '~~~',
      '\n',
      '\n\n',
      ' ',
      '  ',
      '\t',
      '!',
      ':',
      '«',
      '»',
      '😀',
      '    code',
      // The characters the fast path accepts in some places only: `_` between letters, `&` not starting a reference, `<` and `>` not starting HTML.
      '_',
      'a_b',
      'x=1&y=2',
      '&',
      '&amp;',
      '&#233;',
      '&#x41;',
      '&copy',
      '<',
      '<3',
      '<a',
      '</b>',
      '<!--',
      '<https://canada.ca>',
      '>',
      'a>b',
      'é_à',
      '__',
      '1_000',
      '😀_',
    ]
    let accepted = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        const trimmed = withLineEdgesTrimmed(text)
        if (trimmed !== undefined) {
          // Spaces and tabs at line edges only: the trimmed rendering is the parser's, and each span maps back to the source.
          expect(trimmed.text).toBe(renderMarkdown(text, labelThenUrl, parseMarkdown(text)).text)
          expect(renderMarkdown(text, labelThenUrl)).toEqual(trimmed)
          for (const span of trimmed.spans) expect(text.slice(span.sourceStart, span.sourceEnd)).toBe(trimmed.text.slice(span.start, span.end))
          trimmedCount++
          // Blank lines before the first paragraph, after the last, several in a row, or of spaces and tabs.
          if (/^[ \t]*\n|\n[ \t]*$|\n[ \t]*\n[ \t]*\n|\n[ \t]+\n/.test(text)) blankLines++
        }
        if (!isPlainText(text)) return
        accepted++
        expect(renderMarkdown(text, labelThenUrl, parseMarkdown(text)).text).toBe(text)
      }),
      { numRuns: 40_000, seed: 1 },
    )
    expect(accepted).toBeGreaterThan(1000)
    expect(trimmedCount).toBeGreaterThan(500)
    expect(blankLines).toBeGreaterThan(500)
  })

  it('gives exactly what the parser gives where `_`, `&`, `<` and `>` meet letters, digits and punctuation', () => {
    const units = ['a', 'é', 'Z', '1', '_', '&', ';', '#', 'x', 'X', 'amp', '<', '>', ' ', '.', '!', '@', '/', ':', '😀', '«']
    let accepted = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 14 }), (parts) => {
        const text = parts.join('')
        if (!isPlainText(text)) return
        accepted++
        expect(renderMarkdown(text, labelThenUrl, parseMarkdown(text)).text).toBe(text)
      }),
      { numRuns: 30_000, seed: 2 },
    )
    expect(accepted).toBeGreaterThan(5000)
  })
})
