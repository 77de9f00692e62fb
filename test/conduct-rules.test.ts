import { describe, expect, it } from 'vitest'
import type { CheckOptionsWithConduct } from '../src/accounts/index.js'
import { check } from '../src/checks/engine.js'
import { allowMatcher, partisanMatcher } from '../src/conduct/lists.js'
import { ConductOptionsError, conductOptionsOf, type ConductOptions } from '../src/conduct/options.js'
import { findPartisan } from '../src/conduct/partisan.js'
import type { CheckOptions } from '../src/checks/rule.js'
import { definePost } from '../src/post/define.js'

/** Only the two conduct rules, at their recommended settings. */
const onlyConduct: CheckOptions = { preset: 'none', rules: { 'conduct/partisan': 'error', 'conduct/political-hashtag': 'warn' }, platforms: ['x'] }
const conductOf = (en: string, fr: string, options: CheckOptions = onlyConduct) => check(definePost({ en, fr, platforms: ['x'] }), options).diagnostics

describe('conduct/partisan', () => {
  it('is an error by default in the recommended preset', () => {
    const report = check(definePost({ en: 'The Liberal Party of Canada thanks you.', fr: 'Le Parti libéral du Canada vous remercie.', platforms: ['x'] }), { platforms: ['x'] })
    expect(report.diagnostics.filter((d) => d.ruleId === 'conduct/partisan').map((d) => d.severity)).toEqual(['error', 'error'])
  })

  it('flags party names in both languages, at their place, with both messages', () => {
    const en = 'Dental care is here, thanks to the Liberal Party of Canada.'
    const fr = 'Les soins dentaires sont là, grâce au Parti libéral du Canada.'
    const diagnostics = conductOf(en, fr)
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.data.term, d.data.party])).toEqual([
      ['conduct/partisan', 'error', 'en', 'Liberal Party of Canada', 'liberal'],
      ['conduct/partisan', 'error', 'fr', 'Parti libéral du Canada', 'liberal'],
    ])
    const [english, french] = diagnostics
    expect(english?.position?.start).toEqual({ line: 1, column: en.indexOf('Liberal') + 1, offset: en.indexOf('Liberal') })
    expect(english?.position?.end.offset).toBe(en.indexOf('Liberal') + 'Liberal Party of Canada'.length)
    expect(french?.position?.start.offset).toBe(fr.indexOf('Parti'))
    expect(english?.message).toEqual({
      en: '“Liberal Party of Canada” names a political party. Official accounts are non-partisan: leave party names out.',
      fr: '«\u00a0Liberal Party of Canada\u00a0» est le nom d’un parti politique. Les comptes officiels sont non partisans\u00a0: ne nommez aucun parti.',
    })
  })

  it('ignores case and accents and finds every party', () => {
    const diagnostics = conductOf('Statement from the NDP and the GREEN PARTY', 'Déclaration du NPD, du Bloc Quebecois et du parti Conservateur')
    expect(diagnostics.map((d) => [d.lang, d.data.party])).toEqual([
      ['en', 'ndp'],
      ['en', 'green'],
      ['fr', 'ndp'],
      ['fr', 'bloc'],
      ['fr', 'conservative'],
    ])
  })

  it('flags calls to vote and slogans with their own messages', () => {
    const diagnostics = conductOf('Vote for a cleaner future!', 'Réélisez votre député. Choisir d’avancer.')
    expect(diagnostics.map((d) => [d.lang, d.data.kind, d.data.term, d.messageKey])).toEqual([
      ['en', 'callToVote', 'Vote for', 'conduct/partisan.callToVote'],
      ['fr', 'callToVote', 'Réélisez', 'conduct/partisan.callToVote'],
      ['fr', 'slogan', 'Choisir d’avancer', 'conduct/partisan.slogan'],
    ])
    expect(diagnostics[1]?.message.fr).toBe(
      '«\u00a0Réélisez\u00a0» invite à voter dans un sens donné. Les comptes officiels sont non partisans\u00a0: n’invitez personne à voter pour ou contre qui que ce soit.',
    )
  })

  it('checks titles and alt text too', () => {
    const post = definePost({
      en: 'Video of the announcement.',
      fr: 'Vidéo de l’annonce.',
      title: { en: 'Announcement', fr: 'Annonce du Parti vert' },
      media: [{ alt: { en: 'Banner reading Re-elect Smith', fr: 'Bannière' } }],
      platforms: ['youtube'],
    })
    const diagnostics = check(post, { ...onlyConduct, platforms: ['youtube'] }).diagnostics
    expect(diagnostics.map((d) => [d.lang, d.field, d.data.term])).toEqual(
      expect.arrayContaining([
        ['en', 'media.0.alt', 'Re-elect'],
        ['fr', 'title', 'Parti vert'],
      ]),
    )
    expect(diagnostics).toHaveLength(2)
  })

  it('does not take ordinary uses of party, parti or vote for party names', () => {
    const diagnostics = conductOf(
      'A third party will audit the program. Canada is a party to the agreement. The party of the first part signs. Voters can check their registration.',
      'Une partie de la population est touchée. Le Canada est partie à l’accord. Il a pris le parti de la prudence. Le vote par anticipation commence lundi.',
    )
    expect(diagnostics).toEqual([])
  })

  it('does not match inside URLs, mentions, hashtags or words', () => {
    const diagnostics = conductOf(
      'See https://example.ca/liberal-party-of-canada and @GreenParty #NDP. Tories-free? No: the word "Toryism" and "revote" are not names.',
      'Voir https://example.ca/parti-liberal et @PartiVert. Le mot «\u00a0bloquistement\u00a0» n’existe pas.',
      { ...onlyConduct, rules: { 'conduct/partisan': 'error' } },
    )
    expect(diagnostics.map((d) => d.data.term)).toEqual(['Tories'])
  })

  it('reads extra terms and exceptions from the conduct option', () => {
    const options: CheckOptionsWithConduct = { ...onlyConduct, conduct: { parties: ['Parti Québécois'], allow: ['vote for your favourite photo'] } }
    const diagnostics = conductOf('Vote for your favourite photo!', 'Le Parti Québécois a réagi. Votez pour votre photo préférée!', options)
    expect(diagnostics.map((d) => [d.lang, d.data.term, d.data.kind])).toEqual([
      ['fr', 'Parti Québécois', 'party'],
      ['fr', 'Votez pour', 'callToVote'],
    ])
  })

  it('compiles the allow list once for every check with the same options, not once per check', () => {
    const options: CheckOptionsWithConduct = { ...onlyConduct, conduct: { allow: ['vote for your favourite photo', '#cdnpoli'] } }
    // What the rule asks for on each check of each post: the validated options (remembered per object), then the matcher.
    const first = allowMatcher(conductOptionsOf(options))
    expect(first?.terms.map((term) => term.phrase)).toEqual(['vote for your favourite photo'])
    expect(allowMatcher(conductOptionsOf(options))).toBe(first)
    for (let post = 0; post < 3; post++) expect(conductOf('Vote for your favourite photo!', 'Votez pour votre photo préférée!', options).map((d) => d.data.term)).toEqual(['Votez pour'])
    expect(allowMatcher(conductOptionsOf(options))).toBe(first)
    // An allow list of hashtags only has no phrase to match.
    const tagsOnly: ConductOptions = { allow: ['#cdnpoli'] }
    expect(allowMatcher(tagsOnly)).toBeUndefined()
    expect(allowMatcher(tagsOnly)).toBeUndefined()
  })

  it('check() follows lists replaced on the same conduct object, and rejects a bad one set later', () => {
    const conduct: { parties?: readonly string[]; allow?: readonly unknown[] } = { parties: ['Parti Québécois'] }
    const options: CheckOptionsWithConduct = { ...onlyConduct, conduct: conduct as ConductOptions }
    const parties = () => conductOf('A statement.', 'Le Parti Québécois et Québec solidaire ont réagi.', options).map((d) => d.data.term)
    expect(parties()).toEqual(['Parti Québécois'])
    conduct.parties = ['Québec solidaire']
    expect(parties()).toEqual(['Québec solidaire'])
    conduct.allow = [42]
    expect(parties).toThrow(ConductOptionsError)
    delete conduct.allow
    delete conduct.parties
    expect(parties()).toEqual([])
  })

  it('check() follows lists edited in place between checks (entries pushed, replaced, removed)', () => {
    const parties = ['Parti Québécois']
    const allow: string[] = []
    const options: CheckOptionsWithConduct = { ...onlyConduct, conduct: { parties, allow } }
    const terms = () => conductOf('Vote for your favourite photo!', 'Le Parti Québécois et Québec solidaire ont réagi.', options).map((d) => d.data.term)
    expect(terms()).toEqual(['Vote for', 'Parti Québécois'])
    parties.push('Québec solidaire')
    expect(terms()).toEqual(['Vote for', 'Parti Québécois', 'Québec solidaire'])
    parties[0] = 'Parti vert du Québec'
    allow.push('vote for your favourite photo')
    expect(terms()).toEqual(['Québec solidaire'])
    parties.length = 0
    allow.length = 0
    expect(terms()).toEqual(['Vote for'])
    // The same lists found bad once edited, every time, rather than the copy validated before.
    ;(parties as unknown[]).push(42)
    for (let round = 0; round < 2; round++) expect(terms).toThrow(ConductOptionsError)
  })

  it('follows a changed allow list, on the same options object or a new one', () => {
    const text = 'Vote for your favourite photo! Vote for the Green Party.'
    const options: { allow?: readonly string[] } = { allow: ['vote for your favourite photo'] }
    const terms = () => findPartisan(text, options).map((match) => match.text)
    expect(terms()).toEqual(['Vote for', 'Green Party'])
    const before = allowMatcher(options)
    options.allow = ['vote for the green party']
    expect(allowMatcher(options)).not.toBe(before)
    expect(terms()).toEqual(['Vote for'])
    options.allow = ['#cdnpoli']
    expect(terms()).toEqual(['Vote for', 'Vote for', 'Green Party'])
    delete options.allow
    expect(terms()).toEqual(['Vote for', 'Vote for', 'Green Party'])
    expect(findPartisan(text, { allow: ['vote for your favourite photo', 'green party'] }).map((match) => match.text)).toEqual(['Vote for'])
  })

  it('follows party, slogan and call-to-vote lists put in place of others on the same options object', () => {
    const text = 'The Apple Party says apples for all: pick the apple. The Pear Party says pears for all: pick the pear.'
    const options: ConductOptions = { parties: ['Apple Party'], slogans: ['apples for all'], callsToVote: ['pick the apple'] }
    const found = () => findPartisan(text, options).map((match) => `${match.term.kind}:${match.text}`)
    expect(found()).toEqual(['party:Apple Party', 'slogan:apples for all', 'callToVote:pick the apple'])
    const before = partisanMatcher(options)
    expect(partisanMatcher(options)).toBe(before)
    options.parties = ['Pear Party']
    expect(found()).toEqual(['slogan:apples for all', 'callToVote:pick the apple', 'party:Pear Party'])
    options.slogans = ['pears for all']
    options.callsToVote = ['pick the pear']
    expect(found()).toEqual(['party:Pear Party', 'slogan:pears for all', 'callToVote:pick the pear'])
    delete options.slogans
    expect(found()).toEqual(['party:Pear Party', 'callToVote:pick the pear'])
    // The same lists on another object share the compiled matcher; none at all is the built-in one.
    expect(partisanMatcher({ ...options })).toBe(partisanMatcher(options))
    expect(findPartisan(text, {})).toEqual([])
  })

  it('rejects a malformed conduct option', () => {
    const options = { ...onlyConduct, conduct: { parties: 'Parti Québécois' } } as unknown as CheckOptions
    expect(() => conductOf('Hello', 'Bonjour', options)).toThrow(/conduct/)
  })
})

describe('conduct/political-hashtag', () => {
  it('warns on hashtags of political debate in either language', () => {
    const en = 'Budget 2026 is online. #cdnpoli #Budget2026'
    const fr = 'Le budget de 2026 est en ligne. #polcan #elxn45'
    const diagnostics = conductOf(en, fr)
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.data.tag, d.position?.start.offset])).toEqual([
      ['conduct/political-hashtag', 'warning', 'en', 'cdnpoli', en.indexOf('#cdnpoli')],
      ['conduct/political-hashtag', 'warning', 'fr', 'polcan', fr.indexOf('#polcan')],
      ['conduct/political-hashtag', 'warning', 'fr', 'elxn45', fr.indexOf('#elxn45')],
    ])
    expect(diagnostics[0]?.message).toEqual({
      en: '#cdnpoli is a hashtag of political debate. Official accounts stay out of that debate: remove the hashtag.',
      fr: '#cdnpoli est un mot-clic de débat politique. Les comptes officiels restent à l’écart de ce débat\u00a0: retirez ce mot-clic.',
    })
  })

  it('knows vote hashtags and the user’s own, and leaves ordinary hashtags alone', () => {
    const options: CheckOptionsWithConduct = { ...onlyConduct, conduct: { politicalHashtags: ['#OnElxn'] } }
    const diagnostics = conductOf('#VoteLiberal #FluSeason #OnElxn', '#VotezNPD #SaisonDeLaGrippe #Élection2025Info', options)
    expect(diagnostics.map((d) => d.data.tag)).toEqual(['VoteLiberal', 'OnElxn', 'VotezNPD'])
  })

  it('does not treat a link fragment or code as a hashtag', () => {
    expect(conductOf('Details: https://example.ca/page#cdnpoli and `#cdnpoli`', 'Détails\u00a0: https://example.ca/page#polcan')).toEqual([])
  })
})
