// The bilingual Markdown post format and the JSON loader: what they accept, what they refuse, and where they point.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePostFile } from '../src/pipelines.js'

const md = (text: string) => parsePostFile(text, 'posts/flu-clinics.md')

describe('the .md post format', () => {
  it('reads front matter and two sections; text is kept exactly, blank lines around it dropped', () => {
    const { posts, problems } = md('---\nplatforms: [x]\ntitle:\n  en: Flu\n  fr: Grippe\n---\n\n<!-- en -->\n\nLine one  \nline two\n\n\n<!-- FR -->\nLigne un\r\n\r\nLigne deux\n')
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

describe('schema problems in post files, at the key or value at fault, in both languages', () => {
  const read = (name: string) => {
    const file = `test/fixtures/cli/schema/${name}`
    return parsePostFile(readFileSync(file, 'utf8'), file)
  }

  it('points at a misspelled or unknown key itself in a .json post, with the key meant', () => {
    const { posts, problems } = read('romaine-recall.json')
    expect(posts).toEqual([])
    expect(problems.map((p) => [p.data.path, p.line, p.column])).toEqual([
      ['platform', 5, 3],
      ['media.0.caption', 10, 7],
    ])
    expect(problems[0]?.message).toEqual({
      en: 'Unknown key “platform” in the post. Did you mean “platforms”?',
      fr: 'Clé inconnue «\u00a0platform\u00a0» dans la publication. Vouliez-vous dire «\u00a0platforms\u00a0»?',
    })
    expect(problems[0]?.data).toMatchObject({ issue: 'unrecognized_keys', suggestion: 'platforms' })
  })

  it('points at front-matter keys and values of a .md post, counting the fence line', () => {
    const { problems } = read('tax-deadline.md')
    expect(problems.map((p) => [p.data.path, p.line, p.column])).toEqual([
      ['platforms.1', 3, 16],
      ['publishAt', 4, 12],
      ['titel', 5, 1],
    ])
    expect(problems.map((p) => p.message.fr)).toEqual([
      'Valeur attendue à «\u00a0platforms.1\u00a0»\u00a0: l’une de x, bluesky, mastodon, threads, linkedin, facebook, instagram, youtube; reçu «\u00a0twiter\u00a0».',
      'Valeur attendue à «\u00a0publishAt\u00a0»\u00a0: une date et heure avec son décalage par rapport à l’UTC, par exemple 2027-04-30T23:59:00-04:00; reçu «\u00a0April 30, 2027 9:00\u00a0».',
      'Clé inconnue «\u00a0titel\u00a0» dans la publication. Vouliez-vous dire «\u00a0title\u00a0»?',
    ])
    expect(problems[2]?.message.en).toBe('Unknown key “titel” in the post. Did you mean “title”?')
  })

  it('points at a nested unknown key in front matter, and at the section of a bad text', () => {
    const { problems } = md('---\nmedia:\n  - url: smoke.jpg\n    alt: { en: Smoke, fr: Fumée }\n    caption: Smoke\n---\n<!-- en -->\nSmoke \ud83d\n<!-- fr -->\nFumée\n')
    expect(problems.map((p) => [p.data.path, p.line, p.column])).toEqual([
      ['media.0.caption', 5, 5],
      ['en', 8, 1],
    ])
  })
})
