// screenComment with the same options, comment after comment (a moderation queue): its lists are validated and
// compiled once, not once per comment. Counted by hooking compileTerms, as link-memory.test.ts hooks rememberRecent.
import { describe, expect, it, vi } from 'vitest'
import type { ScreenOptions } from '../src/accounts/index.js'
import { screenComment } from '../src/accounts/index.js'

/** The kinds of terms in each list compileTerms compiles, while `lists` is set. */
const compiled = vi.hoisted(() => ({ lists: undefined as string[] | undefined }))

vi.mock('../src/conduct/terms.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/conduct/terms.js')>()
  return {
    ...original,
    compileTerms: <Kind extends string>(terms: Parameters<typeof original.compileTerms<Kind>>[0]) => {
      compiled.lists?.push(terms.map((term) => term.kind).filter((kind, index, kinds) => kinds.indexOf(kind) === index).join('+'))
      return original.compileTerms(terms)
    },
  }
})

const comments = [
  'Vote for the Apple Party! Apples for all, pick the apple.',
  'Votez pour votre photo préférée, achetez des pommes maintenant.',
  'You rotten fruit, call me at 613-555-0199.',
  'Merci pour l’information sur le nouveau régime de soins dentaires.',
]

const custom = (): ScreenOptions => ({
  conduct: { parties: ['Apple Party'], slogans: ['apples for all'], callsToVote: ['pick the apple'], allow: ['votez pour votre photo préférée'], politicalHashtags: ['applepoli'] },
  abusive: ['rotten fruit'],
  promotion: ['achetez des pommes'],
})

/** What a reason says, without its message object (equal anyway, but long). */
const summary = (options: ScreenOptions) => comments.map((text) => screenComment(text, options).reasons.map((r) => `${r.kind}/${r.type}:${typeof r.data.term === 'string' ? r.data.term : ''}`))

describe('screenComment with the same options for many comments', () => {
  it('compiles the custom lists once, with the same results', () => {
    const options = custom()
    // The built-in lists are compiled on first use: screen once without options so only the custom ones are counted.
    summary({})
    compiled.lists = []
    const first = summary(options)
    // Partisan terms, allowed phrases, abusive and promotion terms: one compilation each.
    expect([...compiled.lists].sort()).toEqual(['abusive', 'allow', 'party+slogan+callToVote', 'promotion'])
    compiled.lists = []
    for (let round = 0; round < 5; round++) expect(summary(options)).toEqual(first)
    expect(compiled.lists).toEqual([])
    compiled.lists = undefined
    expect(first).toEqual([
      ['partisan/callToVote:Vote for', 'partisan/party:Apple Party', 'partisan/slogan:Apples for all', 'partisan/callToVote:pick the apple'],
      ['spam/promotion:achetez des pommes'],
      ['abusive/abusive:rotten fruit', 'personal-information/phone:'],
      [],
    ])
    // Whole results, messages included, equal those of fresh options with the same content.
    for (const text of comments) expect(screenComment(text, options)).toEqual(screenComment(text, custom()))
  })

  it('follows a list put in place of another, and still rejects bad options', () => {
    const options = custom()
    const conduct = { ...options.conduct }
    const screened = { ...options, conduct }
    expect(summary(screened)[0]).toContain('partisan/party:Apple Party')
    conduct.parties = ['Pear Party']
    expect(summary(screened)[0]).not.toContain('partisan/party:Apple Party')
    expect(screenComment('Go Pear Party!', screened).reasons.map((r) => r.type)).toEqual(['party'])
    screened.abusive = ['clown']
    expect(screenComment('You rotten fruit, you clown', screened).reasons.map((r) => r.data.term)).toEqual(['clown'])
    // The same error as before, every time, on the object validated before and changed since.
    Object.assign(conduct, { parties: 'Pear Party' })
    for (let round = 0; round < 2; round++) expect(() => screenComment('Hello', screened)).toThrow(expect.objectContaining({ name: '$ZodError', issues: [expect.objectContaining({ path: ['parties'] })] }))
    Object.assign(conduct, { parties: ['Pear Party'], colour: 'green' })
    expect(() => screenComment('Hello', screened)).toThrow(expect.objectContaining({ name: '$ZodError' }))
    expect(() => screenComment('Hello', { conduct: { parties: [''] } })).toThrow(expect.objectContaining({ name: '$ZodError' }))
    expect(screenComment('Go Pear Party!', { conduct: null } as unknown as ScreenOptions).reasons).toEqual([])
  })
})
