import { describe, expect, it } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { thrown } from './support/thrown.js'
import {
  check,
  CheckOptionsError,
  definePost,
  type MediaInput,
  MediaPayloadError,
  mediaFormatOf,
  mediaViolations,
  PayloadError,
  type PayloadOptions,
  PayloadOptionsError,
  type PlatformId,
  platformIds,
  type PostInput,
  toPayloads,
} from '../src/index.js'

// Realistic departmental media: a poster, census infographics, a winter-driving GIF, a video of an announcement.
const poster: MediaInput = {
  url: 'https://www.historymuseum.ca/media/open-house-poster.jpg',
  alt: {
    en: 'Poster for the open house: families in the Grand Hall, Saturday June 20, 10 am to 4 pm.',
    fr: 'Affiche de la journée portes ouvertes : des familles dans la Grande Galerie, samedi 20 juin, de 10 h à 16 h.',
  },
}
const infographic = (n: number): MediaInput => ({
  url: `https://www150.statcan.gc.ca/media/census-2026-part-${n}.png`,
  alt: {
    en: `Infographic ${n} of the 2026 Census release: population growth by province, from 1.1% in Quebec to 3.2% in Alberta.`,
    fr: `Infographie ${n} de la diffusion du Recensement de 2026 : croissance démographique par province, de 1,1 % au Québec à 3,2 % en Alberta.`,
  },
})
const winterGif: MediaInput = {
  url: 'https://tc.canada.ca/media/winter-tires.gif',
  type: 'gif',
  alt: {
    en: 'Animation: a car fitted with winter tires stops short on an icy road, a car without slides past the stop sign.',
    fr: 'Animation : une voiture munie de pneus d’hiver s’arrête net sur une route glacée, une voiture sans pneus d’hiver glisse au-delà du panneau d’arrêt.',
  },
}
const winterGifAsMp4: MediaInput = { ...winterGif, url: 'https://tc.canada.ca/media/winter-tires-gif.mp4', mimeType: 'video/mp4' }
const announcement: MediaInput = {
  url: 'https://www.canada.ca/media/minister-housing-announcement.mp4',
  type: 'video',
  alt: {
    en: 'Video: the Minister of Housing announces 4,000 new affordable homes in Halifax, with sign-language interpretation.',
    fr: 'Vidéo : le ministre du Logement annonce 4 000 nouveaux logements abordables à Halifax, avec interprétation en langue des signes.',
  },
}

const text = {
  en: 'The 2026 Census population counts are out. Read the release: https://www150.statcan.gc.ca/n1/daily-quotidien/en',
  fr: 'Les chiffres de population du Recensement de 2026 sont publiés. Lisez le communiqué : https://www150.statcan.gc.ca/n1/daily-quotidien/fr',
  title: { en: '2026 Census: population counts', fr: 'Recensement de 2026 : chiffres de population' },
}
const post = (media: MediaInput[], extra: Partial<PostInput> = {}) => definePost({ ...text, media, ...extra })
const linkedin = { author: 'urn:li:organization:12345' }
const now = '2026-02-09T13:30:00Z'

const mediaRules = { 'media/required': 'error', 'media/count': 'error', 'media/format': 'error', 'media/url': 'error', 'media/alt-text': 'warn', 'length/alt-text': 'error' } as const

/** The media diagnostics `check()` gives for one platform. */
function diagnosticsOf(p: ReturnType<typeof post>, platform: PlatformId, options: { mediaBaseUrl?: string; limits?: PayloadOptions['limits'] } = {}) {
  return check(p, { ...options, platforms: [platform], preset: 'none', rules: mediaRules }).diagnostics
}

const mediaErrorOf = (run: () => unknown): MediaPayloadError => thrown(MediaPayloadError, run)

describe('counts and combinations (media/count)', () => {
  it('X: up to 4 images, or one GIF, or one video, never mixed', () => {
    for (const ok of [[1, 2, 3, 4].map(infographic), [winterGif], [announcement], [poster]]) {
      expect(diagnosticsOf(post(ok), 'x')).toEqual([])
      expect(toPayloads(post(ok), 'x').en[0]?.media?.length).toBe(ok.length)
    }
    const five = mediaErrorOf(() => toPayloads(post([1, 2, 3, 4, 5].map(infographic)), 'x'))
    expect([five.ruleId, five.mediaIndex, five.platform]).toEqual(['media/count', 4, 'x'])
    expect(five.messages.en).toBe('X takes at most 4 media items per post; this post has 5, so media 5 and after are too many. Remove them, or publish them in another post.')
    expect(five.messages.fr).toBe('X accepte au plus 4 médias par publication; celle-ci en a 5\u00a0: le média 5 et les suivants sont de trop. Retirez-les, ou publiez-les à part.')

    const mixed = mediaErrorOf(() => toPayloads(post([poster, announcement]), 'x'))
    expect([mixed.ruleId, mixed.mediaIndex]).toEqual(['media/count', 1])
    expect(mixed.messages.en).toBe('On X, a video must be the only media item of its post: media 2 shares the post with others (2 in all). Post it on its own.')
    expect(mixed.messages.fr).toBe('Sur X, une vidéo doit être le seul média de sa publication\u00a0: le média 2 en côtoie d’autres (2 en tout). Publiez-le à part.')

    const twoGifs = mediaErrorOf(() => toPayloads(post([winterGif, winterGif]), 'x'))
    expect([twoGifs.mediaIndex, twoGifs.violations.length]).toEqual([1, 1])
    expect(twoGifs.messages.en).toBe('X takes one GIF per post at most; media 2 is one more (2 in all).')
    expect(twoGifs.messages.fr).toBe('X n’accepte qu’un GIF par publication; le média 2 est de trop (2 en tout).')
  })

  it('Mastodon: 4 attachments, a video alone, a GIF (gifv) beside images; the instance limit is an option', () => {
    expect(diagnosticsOf(post([poster, winterGif, infographic(1)]), 'mastodon')).toEqual([])
    expect(mediaErrorOf(() => toPayloads(post([announcement, poster]), 'mastodon')).mediaIndex).toBe(0)
    const five = post([1, 2, 3, 4, 5].map(infographic))
    expect(diagnosticsOf(five, 'mastodon').map((d) => [d.ruleId, d.field, d.data.index])).toEqual([['media/count', 'media.4', 5]])
    expect(() => toPayloads(five, 'mastodon')).toThrow(MediaPayloadError)
    // An instance that takes 8 (configuration.statuses.max_media_attachments): check and export agree.
    const limits = { mastodon: { media: 8 } }
    expect(diagnosticsOf(five, 'mastodon', { limits })).toEqual([])
    expect(toPayloads(five, 'mastodon', { limits }).en[0]?.media?.map((m) => m.mediaIndex)).toEqual([0, 1, 2, 3, 4])
  })

  it('Bluesky: up to 4 images, or one video, not both', () => {
    const four = toPayloads(post([1, 2, 3, 4].map(infographic)), 'bluesky', { now }).en[0]?.body.embed
    expect(four?.$type === 'app.bsky.embed.images' && four.images.map((i) => i.image.mediaIndex)).toEqual([0, 1, 2, 3])
    const error = mediaErrorOf(() => toPayloads(post([poster, announcement]), 'bluesky', { now }))
    expect([error.ruleId, error.mediaIndex]).toEqual(['media/count', 1])
  })

  it('Instagram: a post needs an image or a video (media/required); one per post (no carousels built)', () => {
    const none = mediaErrorOf(() => toPayloads(post([]), 'instagram'))
    expect([none.ruleId, none.mediaIndex, none.messages.en]).toEqual(['media/required', undefined, 'Instagram posts need an image or a video; this post has none.'])
    expect(none.messages.fr).toBe('Une publication Instagram demande une image ou une vidéo; celle-ci n’en a aucune.')
    expect(diagnosticsOf(post([]), 'instagram').map((d) => [d.ruleId, d.field])).toEqual([['media/required', 'media']])
    // An error where Instagram is chosen (toPayloads refuses it there)...
    const chosen = definePost({ en: text.en, fr: text.fr, platforms: ['x', 'instagram'] })
    expect(
      check(chosen)
        .diagnostics.filter((d) => d.ruleId.startsWith('media/'))
        .map((d) => [d.ruleId, d.severity, d.platform]),
    ).toEqual([['media/required', 'error', 'instagram']])
    expect(check(definePost({ en: text.en, fr: text.fr }), { platforms: ['instagram'] }).ok).toBe(false)
    // ...but a text-only post that names no platform is meant for every one: no alarm, it is simply not an Instagram post.
    const everywhere = definePost({ en: text.en, fr: text.fr })
    expect(check(everywhere).diagnostics.filter((d) => d.ruleId.startsWith('media/'))).toEqual([])
    // The same holds for YouTube, whose posts are a video's text: a poster meant for every platform is not a YouTube post...
    const posterEverywhere = definePost({ en: text.en, fr: text.fr, media: [poster] })
    expect(check(posterEverywhere).diagnostics.filter((d) => d.ruleId.startsWith('media/'))).toEqual([])
    // ...and one meant for YouTube is refused, as toPayloads refuses it.
    expect(check(definePost({ en: text.en, fr: text.fr, media: [poster], platforms: ['youtube'] })).diagnostics.map((d) => d.ruleId)).toContain('media/format')
    expect(mediaErrorOf(() => toPayloads(post([poster, poster]), 'instagram')).messages.en).toMatch(/^Instagram takes one media item per post; this post has 2, so media 2/)
  })
})

describe('formats (media/format), from the extension or mimeType', () => {
  it('reads the format from mimeType first, else the URL path’s extension', () => {
    expect(mediaFormatOf({ url: 'https://cdn.example.ca/poster.JPG?v=3#top' })).toBe('image/jpeg')
    expect(mediaFormatOf({ url: 'media/briefing.mov' })).toBe('video/quicktime')
    expect(mediaFormatOf({ url: 'https://cdn.example.ca/asset?id=42' })).toBeUndefined()
    expect(mediaFormatOf({ url: 'https://cdn.example.ca/v1.2/asset' })).toBeUndefined()
    expect(mediaFormatOf({ url: 'https://cdn.example.ca/poster.png', mimeType: 'image/jpeg' })).toBe('image/jpeg')
  })

  it('Instagram takes JPEG only', () => {
    const png = post([infographic(1)])
    const error = mediaErrorOf(() => toPayloads(png, 'instagram', { messageLanguage: 'fr' }))
    expect(error).toBeInstanceOf(PayloadError)
    expect([error.name, error.ruleId, error.mediaIndex, error.platform]).toEqual(['MediaPayloadError', 'media/format', 0, 'instagram'])
    expect(error.message).toBe(error.messages.fr)
    expect(error.messages.fr).toBe('Instagram n’accepte pas le média 1 au format image/png (formats acceptés\u00a0: image/jpeg). Convertissez le fichier, ou indiquez mimeType si l’URL trompe.')
    expect(error.messages.en).toBe('Instagram does not take media 1 as image/png (it takes image/jpeg). Convert the file, or set mimeType if the URL misleads.')
    const [d] = diagnosticsOf(png, 'instagram')
    expect([d?.ruleId, d?.field, d?.severity, d?.message]).toEqual(['media/format', 'media.0', 'error', error.messages])
    expect(toPayloads(post([poster]), 'instagram').en[0]?.body.image_url).toBe(poster.url)
    // A CDN URL without extension is judged by its mimeType.
    expect(diagnosticsOf(post([{ ...poster, url: 'https://cdn.example.ca/asset?id=7', mimeType: 'image/png' }]), 'instagram').map((d) => d.ruleId)).toEqual(['media/format'])
    expect(diagnosticsOf(post([{ ...poster, url: 'https://cdn.example.ca/asset?id=7', mimeType: 'image/jpeg' }]), 'instagram')).toEqual([])
    // An unknown format is not guessed at: the upload will tell.
    expect(diagnosticsOf(post([{ ...poster, url: 'https://cdn.example.ca/asset?id=7' }]), 'instagram')).toEqual([])
  })

  it('Bluesky refuses a .gif (the video embed takes video/mp4 only) and sends a GIF given as MP4 as a video with presentation gif', () => {
    const error = mediaErrorOf(() => toPayloads(post([winterGif]), 'bluesky', { now }))
    expect([error.ruleId, error.mediaIndex]).toEqual(['media/format', 0])
    expect(error.messages.en).toBe('Bluesky takes a GIF only as an MP4 video (video/mp4): media 1 is image/gif. Convert it to MP4 and set mimeType to "video/mp4".')
    expect(error.messages.fr).toBe(
      'Bluesky n’accepte un GIF qu’en vidéo MP4 (video/mp4)\u00a0: le média 1 est au format image/gif. Convertissez-le en MP4 et indiquez mimeType «\u00a0video/mp4\u00a0».',
    )
    const body = toPayloads(post([winterGifAsMp4]), 'bluesky', { now }).fr[0]?.body
    expect(body?.embed).toEqual({
      $type: 'app.bsky.embed.video',
      video: { $type: 'bilingual-posts#blobPlaceholder', mediaIndex: 0, url: winterGifAsMp4.url },
      alt: winterGif.alt.fr,
      presentation: 'gif',
    })
    const video = toPayloads(post([announcement]), 'bluesky', { now }).en[0]?.body.embed
    expect(video).toEqual({ $type: 'app.bsky.embed.video', video: { $type: 'bilingual-posts#blobPlaceholder', mediaIndex: 0, url: announcement.url }, alt: announcement.alt.en })
  })

  it('Threads takes no GIF; X takes the .gif but not its MP4 form', () => {
    expect(diagnosticsOf(post([winterGif]), 'threads').map((d) => [d.ruleId, d.data.kind])).toEqual([['media/format', 'gif']])
    expect(mediaErrorOf(() => toPayloads(post([winterGif]), 'threads')).messages.en).toBe('Threads takes no GIFs (media 1).')
    expect(toPayloads(post([winterGif]), 'x').en[0]?.media).toEqual([{ mediaIndex: 0, url: winterGif.url, type: 'gif', alt: winterGif.alt.en }])
    expect(diagnosticsOf(post([winterGifAsMp4]), 'x').map((d) => d.data.format)).toEqual(['video/mp4'])
  })
})

describe('URLs the platform downloads itself (media/url)', () => {
  const local = { ...poster, url: 'media/open-house-poster.jpg' }

  it('Instagram and Threads refuse a relative path, and take it resolved against mediaBaseUrl', () => {
    for (const platform of ['instagram', 'threads'] as const) {
      const error = mediaErrorOf(() => toPayloads(post([local]), platform))
      expect([error.ruleId, error.mediaIndex]).toEqual(['media/url', 0])
      expect(diagnosticsOf(post([local]), platform).map((d) => [d.ruleId, d.field])).toEqual([['media/url', 'media.0']])
      const mediaBaseUrl = 'https://www.historymuseum.ca/'
      expect(diagnosticsOf(post([local]), platform, { mediaBaseUrl })).toEqual([])
      expect(toPayloads(post([local]), platform, { mediaBaseUrl }).fr[0]?.body.image_url).toBe('https://www.historymuseum.ca/media/open-house-poster.jpg')
    }
    expect(mediaErrorOf(() => toPayloads(post([local]), 'instagram')).messages.en).toBe(
      'Instagram downloads media 1 from its URL itself, and “media/open-house-poster.jpg” is a relative path. Give an absolute https URL, or the mediaBaseUrl option to resolve it.',
    )
    expect(mediaErrorOf(() => toPayloads(post([local]), 'instagram')).messages.fr).toBe(
      'Instagram télécharge lui-même le média 1 depuis son URL, et «\u00a0media/open-house-poster.jpg\u00a0» est un chemin relatif. Donnez une URL https absolue, ou l’option mediaBaseUrl pour le résoudre.',
    )
  })

  it('refuses http, private hosts and a missing URL; platforms that take uploads do not mind', () => {
    const cases: Array<[string | undefined, string]> = [
      ['http://www.historymuseum.ca/poster.jpg', 'notHttps'],
      ['https://localhost:8080/poster.jpg', 'notPublic'],
      ['https://192.168.1.20/poster.jpg', 'notPublic'],
      ['https://intranet.hc-sc.internal/poster.jpg', 'notPublic'],
      ['https://[::1]/poster.jpg', 'notPublic'],
      [undefined, 'missing'],
    ]
    for (const [url, messageId] of cases) {
      const media = url === undefined ? { alt: poster.alt } : { ...poster, url }
      expect(
        mediaViolations(post([media]).media, 'instagram').map((v) => v.messageId),
        url,
      ).toEqual([messageId])
      expect(mediaViolations(post([media]).media, 'x'), url).toEqual([])
    }
    expect(mediaErrorOf(() => toPayloads(post([{ ...poster, url: 'https://10.0.0.5/a.jpg' }]), 'threads')).messages.en).toBe(
      'Threads downloads media 1 from its URL itself, and 10.0.0.5 is not a public server. Put the file where Threads can reach it.',
    )
  })

  it('X and Mastodon list the uploads with the URL resolved, and a bad mediaBaseUrl is a typed option error', () => {
    const mediaBaseUrl = 'https://cdn.example.ca/posts/2026/'
    expect(toPayloads(post([local]), 'x', { mediaBaseUrl }).en[0]?.media?.[0]?.url).toBe('https://cdn.example.ca/posts/2026/media/open-house-poster.jpg')
    expect(toPayloads(post([local]), 'mastodon').en[0]?.media?.[0]?.url).toBe('media/open-house-poster.jpg')
    expect(() => toPayloads(post([local]), 'x', { mediaBaseUrl: 'cdn.example.ca' })).toThrow(PayloadOptionsError)
    expect(() => check(post([local]), { mediaBaseUrl: '/media/' })).toThrow(CheckOptionsError)
  })
})

describe('alt text, per platform and kind (length/alt-text, media/alt-text)', () => {
  const withAlt = (media: MediaInput, fr: string) => post([{ ...media, alt: { en: media.alt.en, fr } }])

  it('X: 1,000 characters; the PayloadError names the language and the item', () => {
    const fits = 'é'.repeat(1000)
    expect(diagnosticsOf(withAlt(poster, fits), 'x')).toEqual([])
    const over = withAlt(infographic(1), `${fits}!`)
    const error = mediaErrorOf(() => toPayloads(over, 'x'))
    expect([error.ruleId, error.mediaIndex, error.lang]).toEqual(['length/alt-text', 0, 'fr'])
    expect(error.messages.en).toBe('The French alt text of media 1 is 1001 characters; X takes at most 1000. Cut 1.')
    const [d] = diagnosticsOf(over, 'x')
    expect([d?.ruleId, d?.lang, d?.field, d?.message]).toEqual(['length/alt-text', 'fr', 'media.0.alt', error.messages])
  })

  it('Mastodon 1,500; Bluesky images 2,000 and videos 1,000 graphemes (lexicon maxGraphemes)', () => {
    expect(diagnosticsOf(withAlt(poster, 'a'.repeat(1500)), 'mastodon')).toEqual([])
    expect(diagnosticsOf(withAlt(poster, 'a'.repeat(1501)), 'mastodon').map((d) => d.data.limit)).toEqual([1500])
    expect(diagnosticsOf(withAlt(poster, 'a'.repeat(2000)), 'bluesky')).toEqual([])
    expect(diagnosticsOf(withAlt(announcement, 'a'.repeat(1001)), 'bluesky').map((d) => [d.ruleId, d.data.limit])).toEqual([['length/alt-text', 1000]])
    // 1,000 graphemes written decomposed (e + U+0301): 2,000 code points, and still within Bluesky's video limit.
    const decomposed = 'e\u0301'.repeat(1000)
    expect(diagnosticsOf(withAlt(announcement, decomposed), 'bluesky')).toEqual([])
    expect(toPayloads(withAlt(announcement, decomposed), 'bluesky', { now }).fr[0]?.body.embed).toMatchObject({ alt: decomposed })
  })

  it('Instagram takes no alt text for a Reel: check() warns, the export goes out without alt_text', () => {
    const reel = post([announcement])
    const [d] = diagnosticsOf(reel, 'instagram')
    expect([d?.ruleId, d?.severity, d?.field]).toEqual(['media/alt-text', 'warning', 'media.0'])
    expect(d?.message.en).toBe('Instagram takes no alt text for videos: the description of media 1 will not be published. Put it in the text, or in captions.')
    expect(d?.message.fr).toBe(
      'Instagram n’accepte pas de texte de remplacement pour les vidéos\u00a0: la description du média 1 ne sera pas publiée. Mettez-la dans le texte ou dans des sous-titres.',
    )
    expect(toPayloads(reel, 'instagram').en[0]?.body).toEqual({ video_url: announcement.url, media_type: 'REELS', caption: text.en })
    expect(toPayloads(post([poster]), 'instagram').fr[0]?.body.alt_text).toBe(poster.alt.fr)
  })
})

describe('check() and toPayloads() agree: one table, one verdict', () => {
  const sets: MediaInput[][] = [
    [],
    [poster],
    [1, 2, 3, 4].map(infographic),
    [1, 2, 3, 4, 5].map(infographic),
    [winterGif],
    [winterGifAsMp4],
    [announcement],
    [poster, announcement],
    [poster, winterGif],
    [{ ...poster, url: 'media/open-house-poster.jpg' }],
    [{ ...announcement, alt: { en: announcement.alt.en, fr: 'Vidéo. '.repeat(300) } }],
  ]

  it('a post gets a MediaPayloadError exactly when check() reports media errors, with the same rules, items and messages', () => {
    let refused = 0
    let exported = 0
    for (const media of sets) {
      const p = post(media)
      for (const platform of platformIds) {
        const errors = diagnosticsOf(p, platform).filter((d) => d.severity === 'error')
        const expected = errors.map((d) => [d.ruleId, d.message.en])
        let got: unknown[] = []
        try {
          toPayloads(p, platform, { linkedin, now, youtube: { categoryId: '27' } })
          exported++
        } catch (error) {
          if (!(error instanceof MediaPayloadError)) throw error
          refused++
          got = error.violations.map((v, i) => [v.ruleId, error.messages.en.includes(errors[i]?.message.en ?? '\u0000') ? errors[i]?.message.en : 'missing'])
        }
        expect(got, `${platform} ${JSON.stringify(media.map((m) => m.url))}`).toEqual(expected)
      }
    }
    expect(refused).toBeGreaterThan(30)
    expect(exported).toBeGreaterThan(30)
  })
})

describe('the bundled examples', () => {
  it('export on each of their platforms with mediaBaseUrl, and check without media problems', () => {
    const mediaBaseUrl = 'https://www.canada.ca/content/dam/'
    for (const { file, post: example } of loadExamples()) {
      expect(check(example, { mediaBaseUrl, preset: 'none', rules: mediaRules }).diagnostics, file).toEqual([])
      for (const platform of example.platforms) {
        const out = toPayloads(example, platform, { mediaBaseUrl, linkedin, now, overflow: 'thread' })
        expect(out.platform).toBe(platform)
      }
    }
  })

  it('without mediaBaseUrl, Instagram refuses the event poster’s relative path', () => {
    const event = loadExamples().find(({ file }) => file === 'event.json')?.post
    if (event === undefined) throw new Error('event.json missing')
    expect(mediaErrorOf(() => toPayloads(event, 'instagram')).ruleId).toBe('media/url')
  })
})
