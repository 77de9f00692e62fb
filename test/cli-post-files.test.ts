// The bilingual Markdown post format and the JSON loader: what they accept, what they refuse, and where they point.
import { describe, expect, it } from 'vitest'
import { parsePostFile } from '../src/pipelines.js'

const md = (text: string) => parsePostFile(text, 'posts/flu-clinics.md')

describe('the .md post format', () => {
  it('reads front matter and two sections; text is kept exactly, blank lines around it dropped', () => {
    const { posts, problems } = md(
      '---\nplatforms: [x]\ntitle:\n  en: Flu\n  fr: Grippe\n---\n\n<!-- en -->\n\nLine one  \nline two\n\n\n<!-- FR -->\nLigne un\r\n\r\nLigne deux\n',
    )
    expect(problems).toEqual([])
    expect(posts[0]?.post).toMatchObject({ id: 'flu-clinics', en: 'Line one  \nline two', fr: 'Ligne un\n\nLigne deux', platforms: ['x'], title: { en: 'Flu', fr: 'Grippe' } })
    expect(posts[0]?.locate({ lang: 'fr', offset: 'Ligne un\n\nL'.length })).toEqual({ line: 17, column: 2 })
    expect(posts[0]?.locate({ lang: 'fr', field: 'title', offset: 2 })).toEqual({ line: 5, column: 9 })
  })

  it('works without front matter, and ignores one-line comments outside the sections', () => {
    const { posts, problems } = md('<!-- note to the team: check the date -->\n<!-- en -->\nHello\n<!-- fr -->\nBonjour\n')
    expect(problems).toEqual([])
    expect(posts[0]?.post).toMatchObject({ en: 'Hello', fr: 'Bonjour' })
  })

  it.each([
    ['---\nid: a\n<!-- en -->\nHi\n<!-- fr -->\nSalut\n', 'unclosedFrontMatter', 1],
    ['---\nid: [a\n---\n<!-- en -->\nHi\n<!-- fr -->\nSalut\n', 'invalidFrontMatter', 2],
    ['---\n- a\n---\n<!-- en -->\nHi\n<!-- fr -->\nSalut\n', 'frontMatterNotMapping', 2],
    ['---\nfr: Salut\n---\n<!-- en -->\nHi\n<!-- fr -->\nSalut\n', 'textInFrontMatter', 2],
    ['Hello\n<!-- en -->\nHi\n<!-- fr -->\nSalut\n', 'strayText', 1],
    ['<!-- en -->\nHi\n<!-- fr -->\nSalut\n<!-- en -->\nAgain\n', 'duplicateSection', 5],
    ['<!-- en -->\nHi\n', 'missingSection', 3],
    ['---\nplatforms: [myspace]\n---\n<!-- en -->\nHi\n<!-- fr -->\nSalut\n', 'invalidPost', 2],
  ])('refuses %j with %s at line %i', (text, code, line) => {
    const { posts, problems } = md(text)
    expect(posts).toEqual([])
    expect(problems[0]).toMatchObject({ code, line })
    expect(problems[0]?.message.en).not.toBe(problems[0]?.message.fr)
  })
})

describe('.json post files', () => {
  it('reads one post or an array; a bad post does not keep the others out', () => {
    const text = '[\n  {"id": "a", "en": "Hi", "fr": "Salut"},\n  {"id": "b", "en": "Hi"},\n  42\n]'
    const { posts, problems } = parsePostFile(text, 'batch.json')
    expect(posts.map((p) => p.post.id)).toEqual(['a'])
    expect(problems.map((p) => [p.code, p.postIndex, p.line, p.column])).toEqual([
      ['missingLanguage', 1, 3, 3],
      ['notAPost', 2, 4, 3],
    ])
  })

  it('points at the nested value that is wrong', () => {
    const text = '{\n  "en": "Hi",\n  "fr": "Salut",\n  "media": [{ "alt": { "en": "x", "fr": 3 } }]\n}'
    const { problems } = parsePostFile(text, 'post.json')
    expect(problems[0]).toMatchObject({ code: 'invalidPost', data: { path: 'media.0.alt.fr' }, line: 4, column: 41 })
  })

  it('says where invalid JSON breaks, in both languages', () => {
    const { problems } = parsePostFile('{\n  "en": "Hi",\n}', 'post.json')
    expect(problems[0]).toMatchObject({ code: 'invalidJson', line: 3, column: 1 })
    expect(problems[0]?.message.fr).toMatch(/^Ce fichier n’est pas du JSON valide/)
  })
})
