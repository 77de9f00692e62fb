// toPayloads's errors speak the language asked with messageLanguage, as MediaPayloadError does, and keep both on messages.
import { describe, expect, it } from 'vitest'
import { definePost, OverflowError, PayloadError, ScheduleWindowError, toPayloads } from '../src/index.js'
import { recallNotice } from './fixtures/long-notices.js'
import { openHouseEvent, rrspDeadlineReminder } from './fixtures/sched-posts.js'
import { thrown } from './support/thrown.js'

const nbsp = '\u00a0'
/** Five minutes before the open house goes out (2026-06-14 13:00 EDT): under Facebook's 10-minute minimum. */
const fiveMinutesBefore = '2026-06-14T16:55:00Z'

describe('messageLanguage on export errors', () => {
  const event = definePost(openHouseEvent)

  it('ScheduleWindowError: message in French when asked, English by default, both on messages', () => {
    const english = thrown(ScheduleWindowError, () => toPayloads(event, 'facebook', { now: fiveMinutesBefore }))
    const french = thrown(ScheduleWindowError, () => toPayloads(event, 'facebook', { now: fiveMinutesBefore, messageLanguage: 'fr' }))
    expect(english.message).toBe(english.messages?.en)
    expect(english.message).toMatch(/^Facebook cannot schedule a post for 2026-06-14T13:00:00-04:00/)
    expect(french.message).toBe(french.messages?.fr)
    expect(french.message).toMatch(
      new RegExp(
        `^Facebook ne peut pas programmer une publication pour 2026-06-14T13:00:00-04:00 \\(2026-06-14T17:00:00Z\\)${nbsp}: scheduled_publish_time doit se situer de 10${nbsp}minutes à 30${nbsp}jours à l’avance`,
      ),
    )
    expect(french.messages).toEqual(english.messages)
  })

  it('the YouTube category, title and LinkedIn author errors', () => {
    const reminder = definePost({ ...rrspDeadlineReminder, media: [] })
    const category = thrown(PayloadError, () => toPayloads(reminder, 'youtube', { now: '2027-02-25T15:00:00Z', messageLanguage: 'fr' }))
    expect(category.messageKey).toBe('payload.youtube-category.missing')
    expect(category.message).toMatch(/^YouTube exige la catégorie de la vidéo \(snippet\.categoryId\)/)
    const invalid = thrown(PayloadError, () => toPayloads(reminder, 'youtube', { now: '2027-02-25T15:00:00Z', youtube: { categoryId: 'Éducation' }, messageLanguage: 'fr' }))
    expect(invalid.message).toMatch(new RegExp(`^«${nbsp}Éducation${nbsp}» n’est pas un identifiant de catégorie YouTube`))
    const untitled = definePost({ en: rrspDeadlineReminder.en, fr: rrspDeadlineReminder.fr })
    const title = thrown(PayloadError, () => toPayloads(untitled, 'youtube', { youtube: { categoryId: '27' }, messageLanguage: 'fr' }))
    expect(title).toMatchObject({ messageKey: 'payload.title.missing', message: 'Les données pour YouTube exigent un titre dans les deux langues (post.title).' })
    expect(title.messages?.en).toBe('YouTube payloads need a title in both languages (post.title).')
    const author = thrown(PayloadError, () => toPayloads(untitled, 'linkedin', { messageLanguage: 'fr' }))
    expect(author.message).toBe(`Les données LinkedIn exigent options.linkedin.author${nbsp}: urn:li:organization:… ou urn:li:person:….`)
    expect(thrown(PayloadError, () => toPayloads(untitled, 'linkedin')).message).toBe('LinkedIn payloads need options.linkedin.author: urn:li:organization:… or urn:li:person:….')
  })

  it('OverflowError: what is over and what to do, in the language asked', () => {
    const recall = definePost({ en: recallNotice.en, fr: recallNotice.fr })
    const english = thrown(OverflowError, () => toPayloads(recall, 'x'))
    const french = thrown(OverflowError, () => toPayloads(recall, 'x', { messageLanguage: 'fr' }))
    expect(english.message).toMatch(/^The English text is over X's limit \(\d+\/280 weighted characters\)\. The French text is over X's limit/)
    expect(english.message).toMatch(/Shorten it, or pass \{ overflow: 'thread' \} to publish a numbered thread\.$/)
    expect(french.message).toMatch(/^Le texte anglais dépasse la limite de X \(\d+\/280 caractères pondérés\)\. Le texte français dépasse la limite de X/)
    expect(french.message).toMatch(/Raccourcissez-le, ou passez \{ overflow: 'thread' \} pour publier un fil numéroté\.$/)
    expect(french.messages).toEqual(english.messages)
    // Instagram does not thread: the remedy says so.
    const caption = definePost({
      en: recallNotice.en,
      fr: recallNotice.fr,
      media: [{ url: 'https://recalls-rappels.canada.ca/media/spinach.jpg', alt: { en: 'Bag of spinach', fr: 'Sac d’épinards' } }],
    })
    const instagram = thrown(OverflowError, () => toPayloads(caption, 'instagram', { overflow: 'thread', limits: { instagram: { text: 200 } }, messageLanguage: 'fr' }))
    expect(instagram.message).toMatch(new RegExp(`Les publications sur Instagram ne peuvent pas former un fil${nbsp}: raccourcissez le texte\\.$`))
    expect(instagram.messages.en).toMatch(/Instagram posts cannot be threaded: shorten the text\.$/)
  })
})
