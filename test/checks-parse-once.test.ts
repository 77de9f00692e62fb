import { describe, expect, it, vi } from 'vitest'

const counter = vi.hoisted(() => ({ calls: 0 }))
vi.mock('../src/text/markdown.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/text/markdown.js')>()
  return {
    ...original,
    parseMarkdown: (markdown: string) => {
      counter.calls++
      return original.parseMarkdown(markdown)
    },
  }
})

const { check, definePost, platformIds } = await import('../src/index.js')

describe('check parses each text once', () => {
  it('parses each language once, whatever the number of rules and platforms', () => {
    counter.calls = 0
    check(definePost({ en: 'Flu clinics **open** Monday. [Find one](https://canada.ca/en/flu)', fr: 'Les cliniques **ouvrent** lundi. [Trouvez-en une](https://canada.ca/fr/grippe)' }), {
      platforms: [...platformIds],
    })
    expect(counter.calls).toBe(2)
  })

  it('does not parse text with no Markdown syntax at all', () => {
    counter.calls = 0
    check(definePost({ en: 'Flu clinics open Monday.', fr: 'Les cliniques ouvrent lundi.' }), { platforms: [...platformIds] })
    expect(counter.calls).toBe(0)
  })
})
