// isPoliticalHashtag with the user's `allow` and `politicalHashtags` lists: the same answers as folding every entry on the spot,
// whether a list is replaced, edited in place, or given anew.
import { describe, expect, it } from 'vitest'
import { hashtagKey, isPoliticalHashtag } from '../src/conduct/lists.js'
import type { ConductOptions } from '../src/conduct/options.js'

/** The answer as the lists define it, each entry folded on the spot (the function before its keys were remembered). */
function expected(tag: string, options: ConductOptions): boolean {
  const key = hashtagKey(tag)
  if ((options.allow ?? []).some((allowed) => hashtagKey(allowed) === key)) return false
  if (isPoliticalHashtag(tag)) return true
  return (options.politicalHashtags ?? []).some((extra) => hashtagKey(extra) === key)
}

const tags = ['#cdnpoli', '#CDNPoli', 'polcan', '#Élxn45', '#VoteLiberal', '#VotezNPD', '＃OnElxn', '#onélxn', '#FluSeason', '#SaisonDeLaGrippe', '#BudgetÉté', '#budgetete', 'vote for the photo']

describe('isPoliticalHashtag with the user’s lists', () => {
  it('answers as the lists define it, asked again and again', () => {
    const options: ConductOptions = { allow: ['#CDNpoli', 'vote for the photo', '#BudgetEte'], politicalHashtags: ['#OnElxn', 'FluSeason', '＃ÉtéPoli'] }
    const answers = tags.map((tag) => expected(tag, options))
    expect(answers).toEqual([false, false, true, true, true, true, true, true, true, false, false, false, false])
    for (let round = 0; round < 3; round++) expect(tags.map((tag) => isPoliticalHashtag(tag, options))).toEqual(answers)
  })

  it('honours entries added to, changed in or removed from a list in place', () => {
    const allow = ['#cdnpoli']
    const politicalHashtags = ['#OnElxn']
    const options: ConductOptions = { allow, politicalHashtags }
    const answers = () => ['#cdnpoli', '#polcan', '#FluSeason', '#OnElxn'].map((tag) => isPoliticalHashtag(tag, options))
    expect(answers()).toEqual([false, true, false, true])
    allow.push('#Polcan')
    politicalHashtags[0] = '#FluSeason'
    expect(answers()).toEqual([false, false, true, false])
    allow.splice(0, 2)
    politicalHashtags.length = 0
    expect(answers()).toEqual([true, true, false, false])
  })

  it('honours entries of a list put in place of another on the same options object', () => {
    const options: ConductOptions = { allow: ['#cdnpoli'], politicalHashtags: ['#OnElxn'] }
    expect([isPoliticalHashtag('#cdnpoli', options), isPoliticalHashtag('#FluSeason', options), isPoliticalHashtag('#OnElxn', options)]).toEqual([false, false, true])
    options.allow = ['#polcan']
    options.politicalHashtags = ['#FluSeason']
    expect([isPoliticalHashtag('#cdnpoli', options), isPoliticalHashtag('#polcan', options), isPoliticalHashtag('#FluSeason', options), isPoliticalHashtag('#OnElxn', options)]).toEqual([
      true,
      false,
      true,
      false,
    ])
    delete options.allow
    delete options.politicalHashtags
    expect([isPoliticalHashtag('#polcan', options), isPoliticalHashtag('#FluSeason', options)]).toEqual([true, false])
    for (const tag of tags) expect(isPoliticalHashtag(tag, { politicalHashtags: tags })).toBe(true)
  })
})
