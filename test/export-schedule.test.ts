import { describe, expect, it } from 'vitest'
import { type BilingualPost, definePost, PayloadError, payloadBodySchemas, ScheduleWindowError, toPayloads } from '../src/index.js'
import { platformIds, type PlatformId } from '../src/platforms/types.js'
import { heatWarning, openHouseEvent, rrspDeadlineReminder, rrspReminderUtc } from './fixtures/sched-posts.js'
import { thrown } from './support/thrown.js'

const linkedin = { author: 'urn:li:organization:12345' }
const youtube = { categoryId: '27' }
/** The day before the reminder goes out, 10:00 Eastern. */
const dayBefore = '2027-02-25T15:00:00Z'
/** 9:00 EST on 26 February 2027 is 14:00 UTC: 1803650400 Unix seconds. */
const reminderSeconds = 1_803_650_400
const reminderIso = '2027-02-26T14:00:00.000Z'

const reminder = definePost(rrspDeadlineReminder)
const base = { linkedin, youtube }

/** YouTube takes a video, not an image (media rules): the same post with its picture's announcement video there. */
function on(platform: PlatformId, post: BilingualPost): BilingualPost {
  if (platform !== 'youtube') return post
  return definePost({ ...post, media: (post.media ?? []).map((m) => ({ ...m, url: m.url?.replace(/\.jpg$/, '.mp4'), type: 'video' as const })) })
}

const errorOf = (run: () => unknown): ScheduleWindowError => thrown(ScheduleWindowError, run)

/** Every UTC time a message states, in order. */
const timesIn = (message: string) => message.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)/g) ?? []

const offsetBy = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString()

describe('publishAt on each platform (an RRSP reminder for 9:00 Eastern)', () => {
  it('maps to Mastodon scheduled_at, Facebook scheduled_publish_time, YouTube status.publishAt and Bluesky createdAt', () => {
    const mastodon = toPayloads(reminder, 'mastodon', { ...base, now: dayBefore })
    expect(mastodon.en[0]?.body.scheduled_at).toBe(reminderIso)
    const facebook = toPayloads(reminder, 'facebook', { ...base, now: dayBefore }).en[0]?.body
    expect(facebook).toMatchObject({ published: false, scheduled_publish_time: reminderSeconds })
    const video = toPayloads(on('youtube', reminder), 'youtube', { ...base, now: dayBefore }).en[0]?.body
    expect(video?.status).toEqual({ privacyStatus: 'private', publishAt: reminderIso })
    expect(video?.snippet.categoryId).toBe('27')
    expect(toPayloads(reminder, 'bluesky', { ...base, now: dayBefore }).en[0]?.body.createdAt).toBe(reminderIso)
  })

  it('gives X, Threads, LinkedIn and Instagram no time field: the sender schedules them', () => {
    for (const platform of ['x', 'threads', 'linkedin', 'instagram'] as const) {
      const out = toPayloads(on(platform, reminder), platform, { ...base, now: dayBefore })
      const sent = JSON.stringify([out.en, out.fr])
      expect(sent, platform).not.toContain('2027-02-26')
      expect(sent, platform).not.toContain(String(reminderSeconds))
    }
  })

  it('sends Facebook whole Unix seconds, exactly the publishAt instant', () => {
    const body = toPayloads(reminder, 'facebook', { ...base, now: dayBefore }).fr[0]?.body
    expect(Number.isInteger(body?.scheduled_publish_time)).toBe(true)
    expect(new Date((body?.scheduled_publish_time ?? 0) * 1000).toISOString()).toBe(reminderIso)
    // Milliseconds are dropped for every platform alike, so all carry the same second.
    const late = definePost({ ...rrspDeadlineReminder, publishAt: '2027-02-26T09:00:00.750-05:00' })
    expect(toPayloads(late, 'facebook', { ...base, now: dayBefore }).en[0]?.body.scheduled_publish_time).toBe(reminderSeconds)
    expect(toPayloads(late, 'mastodon', { ...base, now: dayBefore }).en[0]?.body.scheduled_at).toBe(reminderIso)
  })

  it('reads the offset: 09:00-05:00 is 14:00 UTC, and the same instant written in UTC gives the same payloads', () => {
    const inUtc = definePost({ ...rrspDeadlineReminder, publishAt: rrspReminderUtc })
    for (const platform of platformIds) {
      expect(toPayloads(on(platform, inUtc), platform, { ...base, now: dayBefore }), platform).toEqual(toPayloads(on(platform, reminder), platform, { ...base, now: dayBefore }))
    }
    // Read as 09:00 UTC it would be five hours early: the payload is not that.
    expect(toPayloads(reminder, 'mastodon', { ...base, now: dayBefore }).en[0]?.body.scheduled_at).not.toBe('2027-02-26T09:00:00.000Z')
  })

  it('gives both languages the same time, in separate and bilingual modes', () => {
    const timeFields = { mastodon: ['scheduled_at'], facebook: ['published', 'scheduled_publish_time'], youtube: ['status'], bluesky: ['createdAt'] } as const
    for (const [platform, fields] of Object.entries(timeFields) as Array<[keyof typeof timeFields, readonly string[]]>) {
      const out = toPayloads(on(platform, reminder), platform, { ...base, now: dayBefore })
      const [en, fr] = [out.en[0]?.body, out.fr[0]?.body] as Array<Record<string, unknown>>
      for (const field of fields) {
        expect(en?.[field], `${platform} ${field}`).toBeDefined()
        expect(fr?.[field], `${platform} ${field}`).toEqual(en?.[field])
      }
    }
    const both = toPayloads(reminder, 'facebook', { ...base, now: dayBefore, accounts: 'bilingual', order: 'fr-first' }).bilingual[0]?.body
    expect(both?.scheduled_publish_time).toBe(reminderSeconds)
  })

  it('validates against each platform’s schema', () => {
    for (const platform of platformIds) {
      const out = toPayloads(on(platform, reminder), platform, { ...base, now: dayBefore })
      for (const item of [...out.en, ...out.fr]) expect(payloadBodySchemas[platform].safeParse(item.body).success, platform).toBe(true)
    }
  })

  it('schedules only the first status of a Mastodon thread: a reply needs its parent published', () => {
    const long = definePost({ ...rrspDeadlineReminder, en: `${rrspDeadlineReminder.en} ${'Plan your contribution early. '.repeat(12)}` })
    const thread = toPayloads(long, 'mastodon', { ...base, now: dayBefore, overflow: 'thread' }).en
    expect(thread.length).toBeGreaterThan(1)
    expect(thread.map((item) => item.body.scheduled_at)).toEqual([reminderIso, ...thread.slice(1).map(() => undefined)])
  })
})

describe('scheduling windows, counted from options.now', () => {
  const event = definePost(openHouseEvent) // 2026-06-14T13:00:00-04:00 = 17:00 UTC
  const at = '2026-06-14T17:00:00.000Z'

  it('Mastodon: 5 minutes ahead is accepted, 4 minutes 59 seconds is not', () => {
    expect(toPayloads(event, 'mastodon', { now: offsetBy(at, -300) }).en[0]?.body.scheduled_at).toBe(at)
    const error = errorOf(() => toPayloads(event, 'mastodon', { now: offsetBy(at, -299) }))
    expect(error).toBeInstanceOf(PayloadError)
    expect(error).toMatchObject({ platform: 'mastodon', publishAt: '2026-06-14T13:00:00-04:00', earliest: '2026-06-14T17:00:01Z', now: '2026-06-14T16:55:01Z' })
    expect(error.latest).toBeUndefined()
    expect(error.messageKey).toBe('payload.schedule-window.after')
    expect(error.messages?.en).toBe(
      'Mastodon cannot schedule a post for 2026-06-14T13:00:00-04:00 (2026-06-14T17:00:00Z): scheduled_at must be at least 5 minutes ahead, that is 2026-06-14T17:00:01Z or later (counted from 2026-06-14T16:55:01Z).',
    )
    expect(error.messages?.fr).toBe(
      'Mastodon ne peut pas programmer une publication pour 2026-06-14T13:00:00-04:00 (2026-06-14T17:00:00Z)\u00a0: scheduled_at doit se situer au moins 5\u00a0minutes à l’avance, soit 2026-06-14T17:00:01Z ou plus tard (compté à partir de 2026-06-14T16:55:01Z).',
    )
    expect(error.message).toBe(error.messages?.en)
  })

  it('Mastodon: a time already past is refused', () => {
    expect(() => toPayloads(event, 'mastodon', { now: offsetBy(at, 3600) })).toThrow(ScheduleWindowError)
  })

  it('Facebook: from 10 minutes to 30 days ahead, both ends included', () => {
    const scheduled = (now: string) => toPayloads(event, 'facebook', { now }).en[0]?.body.scheduled_publish_time
    expect(scheduled(offsetBy(at, -600))).toBe(Date.parse(at) / 1000)
    expect(scheduled(offsetBy(at, -30 * 86_400))).toBe(Date.parse(at) / 1000)
    const tooSoon = errorOf(() => scheduled(offsetBy(at, -599)))
    expect(tooSoon).toMatchObject({ platform: 'facebook', earliest: '2026-06-14T17:00:01Z', latest: '2026-07-14T16:50:01Z' })
    const tooFar = errorOf(() => scheduled(offsetBy(at, -30 * 86_400 - 1)))
    expect(tooFar).toMatchObject({ latest: '2026-06-14T16:59:59Z' })
    expect(tooFar.messages?.en).toContain('scheduled_publish_time must be from 10 minutes to 30 days ahead')
    expect(tooFar.messages?.fr).toContain('scheduled_publish_time doit se situer de 10\u00a0minutes à 30\u00a0jours à l’avance')
  })

  it('YouTube: any time in the future, not now', () => {
    const titled = definePost({ ...openHouseEvent, title: { en: 'Open house', fr: 'Portes ouvertes' } })
    expect(toPayloads(titled, 'youtube', { youtube, now: offsetBy(at, -1) }).fr[0]?.body.status?.publishAt).toBe(at)
    const error = errorOf(() => toPayloads(titled, 'youtube', { youtube, now: at }))
    expect(error.messages?.en).toBe('YouTube cannot schedule a post for 2026-06-14T13:00:00-04:00 (2026-06-14T17:00:00Z): status.publishAt must be in the future, that is after 2026-06-14T17:00:00Z.')
  })

  it('names the platform, the time and the window, with the same times in English and French', () => {
    for (const [platform, now] of [
      ['mastodon', offsetBy(at, -60)],
      ['facebook', offsetBy(at, -120)],
      ['facebook', offsetBy(at, -40 * 86_400)],
    ] as const) {
      const error = errorOf(() => toPayloads(event, platform, { now }))
      const { en, fr } = error.messages ?? { en: '', fr: '' }
      expect(en.startsWith(platform === 'mastodon' ? 'Mastodon ' : 'Facebook ')).toBe(true)
      expect(fr.startsWith(platform === 'mastodon' ? 'Mastodon ' : 'Facebook ')).toBe(true)
      expect(timesIn(en)).toEqual(timesIn(fr))
      expect(timesIn(en)).toContain('2026-06-14T13:00:00-04:00')
      expect(timesIn(en)).toContain(error.earliest)
    }
  })

  it('Bluesky, X, Threads, LinkedIn and Instagram have no window: a past publishAt is not an error there', () => {
    const past = { now: '2026-09-01T12:00:00Z', linkedin }
    expect(toPayloads(event, 'bluesky', past).en[0]?.body.createdAt).toBe(at)
    for (const platform of ['x', 'threads', 'linkedin'] as const satisfies readonly PlatformId[]) expect(() => toPayloads(event, platform, past)).not.toThrow()
  })

  it('counts from the time of the call when no now is given', () => {
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString()
    const far = definePost({ ...openHouseEvent, publishAt: nextYear })
    expect(toPayloads(far, 'mastodon').en[0]?.body.scheduled_at).toBe(`${nextYear.slice(0, 19)}.000Z`)
    expect(() => toPayloads(far, 'facebook')).toThrow(ScheduleWindowError)
    expect(() => toPayloads(definePost({ ...openHouseEvent, publishAt: '2020-06-14T13:00:00-04:00' }), 'mastodon')).toThrow(ScheduleWindowError)
  })
})

describe('a heat warning published now (no publishAt)', () => {
  const warning = definePost(heatWarning)
  const now = '2026-07-08T11:42:00Z'

  it('carries no scheduling field anywhere, and Bluesky’s createdAt is now', () => {
    for (const platform of platformIds) {
      const out = toPayloads(on(platform, warning), platform, { now, linkedin, youtube, overflow: 'thread' })
      const sent = JSON.stringify([out.en, out.fr])
      for (const field of ['scheduled_at', 'scheduled_publish_time', '"published"', 'publishAt']) expect(sent, `${platform} ${field}`).not.toContain(field)
    }
    expect(toPayloads(warning, 'bluesky', { now }).fr[0]?.body.createdAt).toBe('2026-07-08T11:42:00.000Z')
  })
})

describe('YouTube category', () => {
  const video = on('youtube', definePost(rrspDeadlineReminder))

  it('is required: a PayloadError in both languages says so', () => {
    let error: unknown
    try {
      toPayloads(video, 'youtube', { now: dayBefore })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(PayloadError)
    const { messageKey, messages } = error as PayloadError
    expect(messageKey).toBe('payload.youtube-category.missing')
    expect(messages?.en).toContain('snippet.categoryId')
    expect(messages?.en).toContain('{ youtube: { categoryId } }')
    expect(messages?.fr).toContain('snippet.categoryId')
    expect(messages?.fr).toMatch(/^YouTube exige la catégorie de la vidéo/)
  })

  it('comes from the youtube option, and must be a numeric id', () => {
    expect(toPayloads(video, 'youtube', { now: dayBefore, youtube: { categoryId: '25' }, accounts: 'bilingual' }).bilingual[0]?.body.snippet.categoryId).toBe('25')
    expect(() => toPayloads(video, 'youtube', { now: dayBefore, youtube: { categoryId: 'Education' } })).toThrow(/“Education” is not a YouTube category id/)
  })
})
