import { describe, expect, it } from 'vitest'
import { detectLanguage, screenComment, type ScreenOptions } from '../src/accounts/index.js'

const kinds = (text: string) => screenComment(text).reasons.map((r) => `${r.kind}/${r.type}`)

describe('screenComment: language', () => {
  it.each([
    ['Why is the passport office closed on Monday? I need my passport for a trip.', 'en'],
    ['Pourquoi le bureau des passeports est-il fermé lundi? J’ai besoin de mon passeport.', 'fr'],
    ['Merci!', 'fr'],
    ['Thanks for the update', 'en'],
    ['👍👍', 'unknown'],
    ['OK', 'unknown'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
    expect(screenComment(text).lang).toBe(lang)
  })
})

describe('screenComment: personal information', () => {
  it('finds a phone number, its span and a message without the number', () => {
    const text = 'My file is stuck, call me at (613) 555-0199 please'
    const { reasons } = screenComment(text)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatchObject({ kind: 'personal-information', type: 'phone', span: { start: text.indexOf('(613'), end: text.indexOf(' please') }, data: {} })
    expect(reasons[0]?.message).toEqual({
      en: 'The comment contains what looks like a phone number.',
      fr: 'Le commentaire contient ce qui semble être un numéro de téléphone.',
    })
    expect(JSON.stringify(reasons)).not.toContain('555-0199')
  })

  it('finds e-mail addresses, postal codes and SINs that pass Luhn', () => {
    expect(kinds('Écrivez-moi à marie.tremblay@example.com, j’habite au H2X 1Y4.')).toEqual(['personal-information/email', 'personal-information/postal-code'])
    expect(kinds('My SIN is 046 454 286 and my number is 613.555.0199')).toEqual(['personal-information/sin', 'personal-information/phone'])
    expect(kinds('NAS\u00a0: 046-454-286')).toEqual(['personal-information/sin'])
    expect(kinds('+1 819-555-0142 ou 8195550142')).toEqual(['personal-information/phone', 'personal-information/phone'])
  })

  it('does not take street numbers, amounts, dates or service lines for personal information', () => {
    expect(kinds('The office at 123 Main Street, Ottawa, is closed.')).toEqual([])
    expect(kinds('Le bureau du 1500 rue Sainte-Catherine Ouest est fermé jusqu’au 2026-01-15.')).toEqual([])
    expect(kinds('Call 1-800-622-6232 for help, it cost me $1,500,000 in 2025')).toEqual([])
    // Nine digits that fail the Luhn check are not a SIN.
    expect(kinds('Reference number 123 456 789')).toEqual([])
    expect(kinds('Numéro de dossier 123456789')).toEqual([])
    // A Mastodon handle is not an e-mail address.
    expect(kinds('Merci @SanteCanada@social.example.ca')).toEqual([])
  })
})

describe('screenComment: abusive language', () => {
  it('flags obscene and abusive words in both languages, whole words, accents ignored', () => {
    const text = 'Vous êtes des imbéciles, tabarnak!'
    const { reasons, lang } = screenComment(text)
    expect(lang).toBe('fr')
    expect(reasons.map((r) => [r.kind, r.data.term, r.span.start])).toEqual([
      ['abusive', 'imbéciles', text.indexOf('imbéciles')],
      ['abusive', 'tabarnak', text.indexOf('tabarnak')],
    ])
    expect(reasons[0]?.message.fr).toBe('Le commentaire contient des propos injurieux ou obscènes («\u00a0imbéciles\u00a0»).')
    expect(kinds('This is BULLSHIT, you morons')).toEqual(['abusive/abusive', 'abusive/abusive'])
    // Accents are ignored: the unaccented spelling is flagged too.
    expect(kinds('Calisse que c’est long')).toEqual(['abusive/abusive'])
    expect(kinds('CÂLISSE que c’est long')).toEqual(['abusive/abusive'])
  })

  it('does not flag words that only contain a listed word', () => {
    expect(kinds('Scunthorpe, Shitake mushrooms, the idiotic rule, the assessment')).toEqual([])
    expect(kinds('Le retard du paiement me cause des problèmes; c’est un con-trat.')).toEqual([])
  })
})

describe('screenComment: spam', () => {
  it('flags comments with many links', () => {
    const text = 'Great deals at https://bit.ly/3xYz https://tinyurl.com/abc and www.cheap-deals.biz'
    const { reasons } = screenComment(text)
    expect(reasons.map((r) => [r.type, r.data.links, r.span])).toEqual([['links', 3, { start: text.indexOf('https://bit'), end: text.length }]])
    expect(reasons[0]?.message.fr).toBe('Le commentaire contient 3 liens, signe de pourriel.')
    expect(kinds('See https://www.canada.ca/en.html and https://www.canada.ca/fr.html')).toEqual([])
  })

  it('flags repeated text and promotion', () => {
    expect(screenComment('FREE FREE FREE FREE FREE FREE').reasons.map((r) => [r.type, r.data.copies])).toEqual([['repetition', 6]])
    expect(kinds('Get your refund now. Get your refund now. Get your refund now.')).toEqual(['spam/repetition'])
    expect(kinds('Earn money from home, click here and DM me!')).toEqual(['spam/promotion', 'spam/promotion', 'spam/promotion'])
    expect(kinds('Code promo SANTE20, cliquez ici')).toEqual(['spam/promotion', 'spam/promotion'])
  })

  it('leaves ordinary emphasis and questions alone', () => {
    expect(kinds('Very very good news, thank you thank you!')).toEqual([])
    expect(kinds('Where do I apply? Where do I apply if I live abroad?')).toEqual([])
  })
})

describe('screenComment: partisan content', () => {
  it('reuses the conduct lists', () => {
    const text = 'Votez pour le Parti vert, pas pour les Tories!'
    const { reasons } = screenComment(text)
    expect(reasons.map((r) => [r.kind, r.type, r.data.term])).toEqual([
      ['partisan', 'callToVote', 'Votez pour'],
      ['partisan', 'party', 'Parti vert'],
      ['partisan', 'party', 'Tories'],
    ])
    expect(reasons[1]?.message.en).toBe('The comment names a political party (“Parti vert”).')
  })

  it('does not read "parti" or "party" in ordinary sentences as a party', () => {
    expect(kinds('Une partie de la population attend encore. J’ai pris le parti d’attendre.')).toEqual([])
    expect(kinds('Is a third party allowed to apply on my behalf?')).toEqual([])
  })

  it('takes the user’s lists and leaves the text unchanged', () => {
    const text = 'Go Parti Québécois!'
    const frozen = String(text)
    expect(screenComment(text, { conduct: { parties: ['Parti Québécois'] } }).reasons.map((r) => r.type)).toEqual(['party'])
    expect(screenComment('You are a clown', { abusive: ['clown'] }).reasons.map((r) => r.kind)).toEqual(['abusive'])
    expect(text).toBe(frozen)
  })

  it('refuses extra abusive or advertising lists that are not lists of phrases, naming the option', () => {
    const bad: Array<[Record<string, unknown>, Array<string | number>]> = [
      [{ abusive: [42] }, ['abusive', 0]],
      [{ abusive: 'clown' }, ['abusive']],
      [{ abusive: [''] }, ['abusive', 0]],
      [{ promotion: [null] }, ['promotion', 0]],
      [{ promotion: null }, ['promotion']],
    ]
    for (const [options, path] of bad) {
      expect(() => screenComment('You are a clown', options as ScreenOptions)).toThrow(expect.objectContaining({ name: '$ZodError', issues: [expect.objectContaining({ path })] }))
    }
    expect(screenComment('You are a clown', { abusive: [] }).reasons).toEqual([])
  })

  it('says nothing about a clean comment', () => {
    expect(screenComment('Thank you for the clear information about the new dental care plan.')).toEqual({ lang: 'en', reasons: [] })
  })
})

describe('screenComment with the same options for many comments (a moderation queue)', () => {
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
  const summary = (options: ScreenOptions) => comments.map((text) => screenComment(text, options).reasons.map((r) => `${r.kind}/${r.type}:${String((r.data.term as string | undefined) ?? '')}`))

  it('gives the same results comment after comment, equal to those of fresh options with the same content', () => {
    const options = custom()
    const first = summary(options)
    expect(first).toEqual([
      ['partisan/callToVote:Vote for', 'partisan/party:Apple Party', 'partisan/slogan:Apples for all', 'partisan/callToVote:pick the apple'],
      ['spam/promotion:achetez des pommes'],
      ['abusive/abusive:rotten fruit', 'personal-information/phone:'],
      [],
    ])
    for (let round = 0; round < 3; round++) expect(summary(options)).toEqual(first)
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
    for (let round = 0; round < 2; round++)
      expect(() => screenComment('Hello', screened)).toThrow(expect.objectContaining({ name: '$ZodError', issues: [expect.objectContaining({ path: ['parties'] })] }))
    Object.assign(conduct, { parties: ['Pear Party'], colour: 'green' })
    expect(() => screenComment('Hello', screened)).toThrow(expect.objectContaining({ name: '$ZodError' }))
    expect(() => screenComment('Hello', { conduct: { parties: [''] } })).toThrow(expect.objectContaining({ name: '$ZodError' }))
    expect(screenComment('Go Pear Party!', { conduct: null } as unknown as ScreenOptions).reasons).toEqual([])
  })

  it('follows lists edited in place between comments', () => {
    const parties = ['Apple Party']
    const abusive = ['rotten fruit']
    const promotion: string[] = []
    const options: ScreenOptions = { conduct: { parties }, abusive, promotion }
    const found = (text: string) => screenComment(text, options).reasons.map((r) => `${r.kind}/${r.type}:${String((r.data.term as string | undefined) ?? '')}`)
    expect(found('Go Pear Party! You clown. Buy pears now.')).toEqual([])
    parties.push('Pear Party')
    abusive[0] = 'clown'
    promotion.push('buy pears now')
    expect(found('Go Pear Party! You clown. Buy pears now.')).toEqual(['partisan/party:Pear Party', 'abusive/abusive:clown', 'spam/promotion:Buy pears now'])
    abusive.push('')
    expect(() => found('Hello')).toThrow(expect.objectContaining({ name: '$ZodError' }))
  })
})
