// isPoliticalHashtag folds each `allow` and `politicalHashtags` list once, not once per hashtag asked about;
// folds are counted by hooking foldPlain, as link-memory.test.ts hooks rememberRecent.
import { describe, expect, it, vi } from 'vitest'
import { hashtagKey, isPoliticalHashtag } from '../src/conduct/lists.js'
import type { ConductOptions } from '../src/conduct/options.js'

/** How many texts foldPlain folds, while `count` is set. */
const folds = vi.hoisted(() => ({ count: undefined as number | undefined }))

vi.mock('../src/conduct/fold.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/conduct/fold.js')>()
  return {
    ...original,
    foldPlain: (text: string) => {
      if (folds.count !== undefined) folds.count++
      return original.foldPlain(text)
    },
  }
})

/** The answer as the lists define it, each entry folded on the spot (the function before its keys were remembered). */
function expected(tag: string, options: ConductOptions): boolean {
  const key = hashtagKey(tag)
  if ((options.allow ?? []).some((allowed) => hashtagKey(allowed) === key)) return false
  if (isPoliticalHashtag(tag)) return true
  return (options.politicalHashtags ?? []).some((extra) => hashtagKey(extra) === key)
}

const tags = ['#cdnpoli', '#CDNPoli', 'polcan', '#Élxn45', '#VoteLiberal', '#VotezNPD', '＃OnElxn', '#onélxn', '#FluSeason', '#SaisonDeLaGrippe', '#BudgetÉté', '#budgetete', 'vote for the photo']

describe('isPoliticalHashtag with the user’s lists', () => {
  it('folds each list once, not once per hashtag, with the same answers', () => {
    const options: ConductOptions = { allow: ['#CDNpoli', 'vote for the photo', '#BudgetEte'], politicalHashtags: ['#OnElxn', 'FluSeason', '＃ÉtéPoli'] }
    const answers = tags.map((tag) => expected(tag, options))
    expect(answers).toEqual([false, false, true, true, true, true, true, true, true, false, false, false, false])
    folds.count = 0
    for (let round = 0; round < 10; round++) expect(tags.map((tag) => isPoliticalHashtag(tag, options))).toEqual(answers)
    // One fold per hashtag asked about (its own key), and the six list entries once.
    expect(folds.count).toBeLessThanOrEqual(10 * tags.length + 6)
    folds.count = undefined
  })

  it('honours entries of a list put in place of another on the same options object', () => {
    const options: ConductOptions = { allow: ['#cdnpoli'], politicalHashtags: ['#OnElxn'] }
    expect([isPoliticalHashtag('#cdnpoli', options), isPoliticalHashtag('#FluSeason', options), isPoliticalHashtag('#OnElxn', options)]).toEqual([false, false, true])
    options.allow = ['#polcan']
    options.politicalHashtags = ['#FluSeason']
    expect([isPoliticalHashtag('#cdnpoli', options), isPoliticalHashtag('#polcan', options), isPoliticalHashtag('#FluSeason', options), isPoliticalHashtag('#OnElxn', options)]).toEqual([true, false, true, false])
    delete options.allow
    delete options.politicalHashtags
    expect([isPoliticalHashtag('#polcan', options), isPoliticalHashtag('#FluSeason', options)]).toEqual([true, false])
    for (const tag of tags) expect(isPoliticalHashtag(tag, { politicalHashtags: tags })).toBe(true)
  })
})
