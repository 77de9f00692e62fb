import type { SendTweetV2Params } from 'twitter-api-v2'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { definePost, MediaPayloadError, toPayloads, type XMediaIds, type XPost, xPostSchema } from '../src/index.js'

// The type half of this file is checked by `tsc --noEmit` (strict), which includes test/.

const recall = definePost({
  en: 'Recall: Maple Valley brand frozen blueberries (500 g) may contain hepatitis A. Do not eat them. https://recalls-rappels.canada.ca/en',
  fr: 'Rappel : bleuets surgelés de marque Maple Valley (500 g) pouvant contenir l’hépatite A. Ne les mangez pas. https://recalls-rappels.canada.ca/fr',
  platforms: ['x'],
  media: [
    {
      url: 'https://cdn.example.ca/recall/blueberries-front.jpg',
      alt: { en: 'Front of the 500 g bag of Maple Valley frozen blueberries.', fr: 'Devant du sac de 500 g de bleuets surgelés Maple Valley.' },
    },
    { url: 'https://cdn.example.ca/recall/blueberries-lot.png', alt: { en: 'Back of the bag: lot code 24-117 and best-before date.', fr: 'Dos du sac : code de lot 24-117 et date de péremption.' } },
  ],
})

describe('X media_ids as the 1–4 tuple X and twitter-api-v2 take', () => {
  it('types media_ids as a tuple of one to four ids, assignable to twitter-api-v2 SendTweetV2Params', () => {
    expectTypeOf<NonNullable<XPost['media']>['media_ids']>().toEqualTypeOf<XMediaIds>()
    expectTypeOf<XPost>().toExtend<SendTweetV2Params>()
    const [item] = toPayloads(recall, 'x').en
    if (item === undefined) throw new Error('no item')
    // What the README's loop does: the body as it is, then with the uploaded ids.
    const sent: SendTweetV2Params = item.body
    const ids: XMediaIds = ['1880028106020515840', '1880028106020515841']
    const withMedia: SendTweetV2Params = { ...item.body, media: { media_ids: ids } }
    // @ts-expect-error five ids are not an XMediaIds
    const five: XMediaIds = ['1', '2', '3', '4', '5']
    // @ts-expect-error nor is none
    const none: XMediaIds = []
    expect([sent.text, withMedia.media?.media_ids?.length, five.length, none.length]).toEqual([item.body.text, 2, 5, 0])
  })

  it('the schema takes one to four ids and refuses none or five', () => {
    const body = { text: 'Rappel de bleuets surgelés.' }
    for (const n of [1, 2, 3, 4]) {
      const media_ids = Array.from({ length: n }, (_, i) => `18800281060205158${i}`)
      expect(xPostSchema.safeParse({ ...body, media: { media_ids } }).success, `${n} ids`).toBe(true)
    }
    for (const n of [0, 5]) {
      expect(xPostSchema.safeParse({ ...body, media: { media_ids: Array.from({ length: n }, () => '1') } }).success, `${n} ids`).toBe(false)
    }
  })

  it('the builder lists one upload per image, 1 to 4, and the ids it gets back make a body the schema takes; a fifth is refused', () => {
    const photo = (n: number) => ({
      url: `https://cdn.example.ca/recall/blueberries-${n}.jpg`,
      alt: { en: `Photo ${n} of the recalled blueberries.`, fr: `Photo ${n} des bleuets rappelés.` },
    })
    for (const n of [1, 2, 3, 4]) {
      const [item] = toPayloads(definePost({ ...recall, media: Array.from({ length: n }, (_, i) => photo(i + 1)) }), 'x').fr
      expect(item?.media?.map((m) => m.mediaIndex)).toEqual(Array.from({ length: n }, (_, i) => i))
      const ids = (item?.media ?? []).map((m) => `18800281060205158${m.mediaIndex}`)
      expect(xPostSchema.safeParse({ ...item?.body, media: { media_ids: ids } }).success).toBe(true)
    }
    expect(() => toPayloads(definePost({ ...recall, media: [1, 2, 3, 4, 5].map(photo) }), 'x')).toThrow(MediaPayloadError)
  })
})
