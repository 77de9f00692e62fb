import { describe, expect, it } from 'vitest'
import { definePost, PostInputError, platformIds, postInputSchema, safeDefinePost } from '../src/index.js'

const valid = {
  id: 'flu-clinics-2026',
  en: 'Flu clinics open Monday. [Find one near you](https://www.canada.ca/en/public-health/flu.html) #FluSeason',
  fr: 'Les cliniques de vaccination contre la grippe ouvrent lundi. [Trouvez-en une](https://www.canada.ca/fr/sante-publique/grippe.html) #SaisonDeLaGrippe',
  platforms: ['x', 'bluesky', 'mastodon'],
}

function errorOf(input: unknown): PostInputError {
  try {
    definePost(input)
  } catch (error) {
    if (error instanceof PostInputError) return error
    throw error
  }
  throw new Error('definePost accepted bad input')
}

describe('definePost', () => {
  it('returns the post typed, frozen and unaltered', () => {
    const post = definePost(valid)
    expect(post.en).toBe(valid.en)
    expect(post.fr).toBe(valid.fr)
    expect(post.id).toBe('flu-clinics-2026')
    expect(post.platforms).toEqual(['x', 'bluesky', 'mastodon'])
    expect(post.media).toEqual([])
    expect(Object.isFrozen(post)).toBe(true)
    expect(Object.isFrozen(post.platforms)).toBe(true)
    expect(() => {
      ;(post as { en: string }).en = 'changed'
    }).toThrow(TypeError)
  })

  it('targets every platform when none is named', () => {
    expect(definePost({ en: 'Hello', fr: 'Bonjour' }).platforms).toEqual([...platformIds])
  })

  it('keeps media with alt text in both languages and a publish time', () => {
    const post = definePost({
      ...valid,
      media: [{ url: 'map.png', alt: { en: 'Map of clinics', fr: 'Carte des cliniques' } }],
      publishAt: '2026-12-01T09:00:00-05:00',
    })
    expect(post.media[0]).toEqual({ url: 'map.png', type: 'image', alt: { en: 'Map of clinics', fr: 'Carte des cliniques' } })
    expect(post.publishAt).toBe('2026-12-01T09:00:00-05:00')
    expect(Object.isFrozen(post.media[0]?.alt)).toBe(true)
  })

  it('lists every problem with its path', () => {
    const error = errorOf({ en: 42, platforms: ['x', 'myspace'], media: [{ alt: { en: 'Map' } }] })
    const paths = error.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['en', 'fr', 'platforms.1', 'media.0.alt.fr']))
    expect(error.message).toContain('fr')
    expect(error.message).toContain('platforms.1')
  })

  it('reports a missing French text', () => {
    const error = errorOf({ en: 'Hello' })
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]?.path).toEqual(['fr'])
  })

  it('rejects unknown keys, non-objects and JSON values of every wrong kind', () => {
    for (const bad of [null, undefined, 'post', 12, [], true, { en: 'a', fr: 'b', extra: 1 }]) {
      expect(() => definePost(bad)).toThrow(PostInputError)
    }
  })

  it('rejects lone surrogates, naming the offset, instead of losing text later', () => {
    const error = errorOf({ en: 'Hello', fr: 'Bonjour \ud83d' })
    expect(error.issues[0]?.path).toEqual(['fr'])
    expect(error.issues[0]?.message).toContain('offset 8')
  })

  it('never lets __proto__ or constructor keys from JSON reach a prototype', () => {
    const input = JSON.parse('{"en":"a","fr":"b","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')
    expect(() => definePost(input)).toThrow(PostInputError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const nested = JSON.parse('{"en":"a","fr":"b","media":[{"alt":{"en":"x","fr":"y","__proto__":{"polluted":true}}}]}')
    expect(() => definePost(nested)).toThrow(PostInputError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects a publish time that is not an RFC 3339 date-time', () => {
    expect(errorOf({ ...valid, publishAt: 'next Monday' }).issues[0]?.path).toEqual(['publishAt'])
  })
})

describe('safeDefinePost', () => {
  it('returns a result instead of throwing', () => {
    const ok = safeDefinePost(valid)
    expect(ok.success).toBe(true)
    const bad = safeDefinePost({ en: 'x' })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(bad.error).toBeInstanceOf(PostInputError)
  })
})

describe('postInputSchema', () => {
  it('is the zod schema definePost validates with', () => {
    expect(postInputSchema.safeParse(valid).success).toBe(true)
    expect(postInputSchema.safeParse({ en: 'x' }).success).toBe(false)
  })
})

describe('media mimeType', () => {
  const alt = { en: 'Infographic: 2026 census population counts by province.', fr: 'Infographie : population par province au recensement de 2026.' }

  it('keeps a valid mimeType that agrees with the type', () => {
    const post = definePost({ ...valid, media: [{ url: 'https://cdn.example.ca/statcan/census?id=42', mimeType: 'image/png', alt }] })
    expect(post.media[0]).toEqual({ url: 'https://cdn.example.ca/statcan/census?id=42', type: 'image', mimeType: 'image/png', alt })
    expect(definePost({ ...valid, media: [{ type: 'gif', mimeType: 'video/mp4', alt }] }).media[0]?.mimeType).toBe('video/mp4')
  })

  it('refuses a malformed mimeType, or one that contradicts the type, with the path to it', () => {
    for (const media of [
      { mimeType: 'jpeg', alt },
      { mimeType: 'Image/JPEG', alt },
      { mimeType: 'application/pdf', alt },
      { type: 'video', mimeType: 'image/jpeg', alt },
      { type: 'image', mimeType: 'video/mp4', alt },
      { type: 'gif', mimeType: 'image/png', alt },
    ]) {
      const error = errorOf({ ...valid, media: [media] })
      expect(
        error.issues.map((issue) => issue.path),
        JSON.stringify(media),
      ).toEqual([['media', 0, 'mimeType']])
    }
    expect(errorOf({ ...valid, media: [{ type: 'video', mimeType: 'image/jpeg', alt }] }).message).toContain('A video cannot have the media type image/jpeg')
  })
})
