// The problems of a post's input in both languages: what definePost, safeDefinePost and defineProfile say, and in which language.
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { defineProfile, ProfileInputError } from '../src/accounts/index.js'
import { definePost, type PostInputError, safeDefinePost } from '../src/index.js'
import { inputIssues, nearestName } from '../src/post/input-issues.js'

const nbsp = '\u00a0'
const guillemets = (text: string) => `«${nbsp}${text}${nbsp}»`

/** A tax-deadline reminder as a department's tool would send it, with the mistakes people make. */
const taxDeadline = {
  id: 'tax-deadline-2027',
  en: 'Reminder: the deadline to file your 2026 income tax and benefit return is April 30, 2027. File online: https://www.canada.ca/en/services/taxes.html',
  platform: ['x', 'mastodon'],
  publishAt: 'April 30, 2027 9:00',
}

function errorOf(input: unknown, messageLanguage?: 'en' | 'fr'): PostInputError {
  const result = safeDefinePost(input, messageLanguage === undefined ? {} : { messageLanguage })
  if (result.success) throw new Error('safeDefinePost accepted bad input')
  return result.error
}

describe('PostInputError messages', () => {
  it('writes each issue in both languages, from its path, what was expected and what was found', () => {
    const error = errorOf(taxDeadline)
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.messages])).toEqual([
      ['fr', { en: 'The French text (fr) is missing.', fr: 'Le texte français (fr) manque.' }],
      [
        'publishAt',
        {
          en: 'At “publishAt”: expected a date-time with its offset from UTC, such as 2027-04-30T23:59:00-04:00; received “April 30, 2027 9:00”.',
          fr: `Valeur attendue à ${guillemets('publishAt')}${nbsp}: une date et heure avec son décalage par rapport à l’UTC, par exemple 2027-04-30T23:59:00-04:00; reçu ${guillemets('April 30, 2027 9:00')}.`,
        },
      ],
      [
        'platform',
        {
          en: 'Unknown key “platform” in the post. Did you mean “platforms”?',
          fr: `Clé inconnue ${guillemets('platform')} dans la publication. Vouliez-vous dire ${guillemets('platforms')}?`,
        },
      ],
    ])
    expect(error.issues[2]).toMatchObject({ code: 'unrecognized_keys', messageKey: 'unknownKeySuggestion', suggestion: 'platforms' })
    // No zod wording leaks into either language.
    for (const issue of error.issues) expect(`${issue.messages.en} ${issue.messages.fr}`).not.toMatch(/Invalid input|Unrecognized key|Invalid ISO/)
  })

  it('gives the message in messageLanguage, English by default, and both on messages', () => {
    const english = errorOf(taxDeadline)
    expect(english.message).toBe(
      [
        'Invalid post “tax-deadline-2027”:',
        '  - The French text (fr) is missing.',
        '  - At “publishAt”: expected a date-time with its offset from UTC, such as 2027-04-30T23:59:00-04:00; received “April 30, 2027 9:00”.',
        '  - Unknown key “platform” in the post. Did you mean “platforms”?',
      ].join('\n'),
    )
    expect(english.issues[0]?.message).toBe('The French text (fr) is missing.')
    const french = errorOf(taxDeadline, 'fr')
    expect(french.message).toBe(french.messages.fr)
    expect(french.message.split('\n').slice(0, 2)).toEqual([`Publication ${guillemets('tax-deadline-2027')} non valide${nbsp}:`, '  - Le texte français (fr) manque.'])
    expect(french.issues[0]?.message).toBe('Le texte français (fr) manque.')
    expect(french.messages).toEqual(english.messages)
    expect(() => definePost(taxDeadline, { messageLanguage: 'fr' })).toThrow(/^Publication «\u00a0tax-deadline-2027\u00a0» non valide\u00a0:/)
  })

  it('names the platforms allowed and suggests the one meant', () => {
    const error = errorOf({ en: 'Recall: romaine lettuce', fr: 'Rappel : laitue romaine', platforms: ['twiter', 'blusky', 'linkedIn'] })
    expect(error.issues.map((issue) => issue.messages.fr)).toEqual([
      `Valeur attendue à ${guillemets('platforms.0')}${nbsp}: l’une de x, bluesky, mastodon, threads, linkedin, facebook, instagram, youtube; reçu ${guillemets('twiter')}.`,
      `Valeur attendue à ${guillemets('platforms.1')}${nbsp}: l’une de x, bluesky, mastodon, threads, linkedin, facebook, instagram, youtube; reçu ${guillemets('blusky')}. Vouliez-vous dire ${guillemets('bluesky')}?`,
      `Valeur attendue à ${guillemets('platforms.2')}${nbsp}: l’une de x, bluesky, mastodon, threads, linkedin, facebook, instagram, youtube; reçu ${guillemets('linkedIn')}. Vouliez-vous dire ${guillemets('linkedin')}?`,
    ])
    expect(error.issues.map((issue) => issue.suggestion)).toEqual([undefined, 'bluesky', 'linkedin'])
  })

  it('names missing titles and alt texts, and says what a wrong type was', () => {
    const error = errorOf({
      en: 'Heat warning for Ottawa',
      fr: 'Avertissement de chaleur pour Ottawa',
      title: { en: 'Heat warning' },
      media: [
        { url: 'heat-map.png', alt: { en: 'Map of the warning area' } },
        { url: 'uv.png', alt: { en: 'UV index 9', fr: 9 } },
      ],
      platforms: 'x',
    })
    expect(Object.fromEntries(error.issues.map((issue) => [issue.path.join('.'), issue.messages]))).toEqual({
      platforms: { en: 'At “platforms”: expected a list; received “x”.', fr: `Valeur attendue à ${guillemets('platforms')}${nbsp}: une liste; reçu ${guillemets('x')}.` },
      'media.0.alt.fr': {
        en: 'The French alt text of media item 1 (media.0.alt.fr) is missing.',
        fr: 'Le texte de remplacement français du média 1 (media.0.alt.fr) manque.',
      },
      'media.1.alt.fr': { en: 'At “media.1.alt.fr”: expected text; received 9.', fr: `Valeur attendue à ${guillemets('media.1.alt.fr')}${nbsp}: du texte; reçu 9.` },
      'title.fr': { en: 'The French title (title.fr) is missing.', fr: 'Le titre français (title.fr) manque.' },
    })
  })

  it('explains a media type that does not fit, and a lone surrogate, in both languages', () => {
    const fr = 'Fumée des feux de forêt\u00a0: limitez le temps passé dehors. \ud83d'
    const offset = fr.indexOf('\ud83d')
    const error = errorOf({
      en: 'Wildfire smoke: limit time outdoors.',
      fr,
      media: [{ url: 'smoke.mp4', type: 'image', mimeType: 'video/mp4', alt: { en: 'Smoke over a lake', fr: 'De la fumée au-dessus d’un lac' }, caption: 'x' }],
    })
    expect(error.issues.map((issue) => issue.messages)).toEqual([
      {
        en: `The text at “fr” contains a lone surrogate (U+D83D) at offset ${offset}: it is not valid Unicode and would be replaced when published.`,
        fr: `Le texte à ${guillemets('fr')} contient un seizet d’indirection isolé (U+D83D) à la position ${offset}${nbsp}: ce n’est pas de l’Unicode valide, et il serait remplacé à la publication.`,
      },
      {
        en: 'Unknown key “caption” in “media.0”; keys allowed there: url, type, mimeType, alt.',
        fr: `Clé inconnue ${guillemets('caption')} dans ${guillemets('media.0')}; clés permises à cet endroit${nbsp}: url, type, mimeType, alt.`,
      },
      {
        en: 'An image cannot have the media type video/mp4 (at “media.0.mimeType”): expected image/….',
        fr: `Une image ne peut pas avoir le type de média video/mp4 (à ${guillemets('media.0.mimeType')})${nbsp}: image/… attendu.`,
      },
    ])
  })
})

describe('sizes, formats and profiles', () => {
  const notice = z.strictObject({ title: z.string().check(z.maxLength(20)), tags: z.array(z.string()).check(z.minLength(1)), attendees: z.int().check(z.positive()) })

  it('says how big or small a value must be, with the figures in the language’s way', () => {
    const input = { title: 'Statistics Canada releases the 2026 Census of Population', tags: [], attendees: 0 }
    const parsed = notice.safeParse(input)
    if (parsed.success) throw new Error('accepted')
    const issues = inputIssues(parsed.error, { input, schema: notice, subject: 'post' })
    expect(issues.map((issue) => issue.messages)).toEqual([
      { en: 'At “title”: expected at most 20 characters; received 56 characters.', fr: `Valeur attendue à ${guillemets('title')}${nbsp}: au plus 20 caractères; reçu 56 caractères.` },
      { en: 'At “tags”: expected at least 1 item; received 0 items.', fr: `Valeur attendue à ${guillemets('tags')}${nbsp}: au moins 1 élément; reçu 0 élément.` },
      { en: 'At “attendees”: expected a number greater than 0; received 0.', fr: `Valeur attendue à ${guillemets('attendees')}${nbsp}: un nombre supérieur à 0; reçu 0.` },
    ])
  })

  it('gives ProfileInputError the same bilingual issues', () => {
    let error: unknown
    try {
      defineProfile({ displayName: { en: 'Health Canada' }, bio: { en: 'Official account.', fr: 'Compte officiel.' }, handles: { en: 'HealthCanada', fr: 'SanteCanada' }, biography: 'x' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ProfileInputError)
    const profileError = error as ProfileInputError
    expect(profileError.messages.fr).toBe(
      [
        `Profil non valide${nbsp}:`,
        `  - Valeur manquante à ${guillemets('displayName.fr')}${nbsp}: du texte.`,
        `  - Clé inconnue ${guillemets('biography')} dans le profil; clés permises à cet endroit${nbsp}: displayName, bio, handles, website, platforms.`,
      ].join('\n'),
    )
    expect(profileError.message).toBe(profileError.messages.en)
  })

  it('nearestName finds a key a typo away, and nothing further', () => {
    expect(nearestName('platfrom', ['id', 'en', 'fr', 'platforms'])).toBe('platforms')
    expect(nearestName('PublishAt', ['publishAt'])).toBe('publishAt')
    expect(nearestName('colour', ['pairs', 'rules', 'preset'])).toBeUndefined()
    expect(nearestName('twiter', ['x', 'bluesky'])).toBeUndefined()
  })
})
