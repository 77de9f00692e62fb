import { describe, expect, it } from 'vitest'
import { measure, platformIds, platforms, platformSettings, UnknownPlatformError } from '../src/index.js'

describe('the platform registry', () => {
  it('describes every platform: id, display name, limits, unit, language tag', () => {
    for (const id of platformIds) {
      const p = platforms[id]
      expect(p.id).toBe(id)
      expect(p.displayName.length).toBeGreaterThan(0)
      expect(p.limits.text).toBeGreaterThan(0)
      expect(typeof p.takesLanguageTag).toBe('boolean')
    }
    expect(platforms.mastodon.takesLanguageTag).toBe(true)
    expect(platforms.bluesky.takesLanguageTag).toBe(true)
  })

  it('applies user overrides without forking', () => {
    expect(platformSettings('mastodon', { mastodon: { text: 1000 } }).measureOptions.limit).toBe(1000)
    expect(platformSettings('x', { x: { text: 25_000 } }).limits.text).toBe(25_000)
    expect(platformSettings('x').limits.text).toBe(280)
  })

  it('throws a typed error for an unknown platform', () => {
    expect(() => measure('hi', 'myspace' as 'x')).toThrow(UnknownPlatformError)
  })
})

describe('measure', () => {
  it('returns the documented shape', () => {
    const m = measure('Bonjour', 'bluesky')
    expect(m).toMatchObject({ platform: 'bluesky', length: 7, limit: 300, remaining: 293, withinLimit: true, unit: 'graphemes' })
    expect(m.constraints.map((c) => c.name)).toEqual(['text', 'bytes'])
  })

  it('Mastodon: URLs with a scheme count 23, schemeless ones in full, @user@domain as @user', () => {
    expect(measure(`https://www.canada.ca/${'a'.repeat(100)}`, 'mastodon').length).toBe(23)
    expect(measure('canada.ca/fr', 'mastodon').length).toBe(12)
    expect(measure('@user@mastodon.social', 'mastodon').length).toBe(5)
    expect(measure('é'.repeat(600), 'mastodon', { limit: 1000 }).withinLimit).toBe(true)
    expect(measure('https://canada.ca', 'mastodon', { charactersPerUrl: 30 }).length).toBe(30)
  })

  it('Threads: emoji count their UTF-8 bytes, other characters 1; at most 5 unique links', () => {
    expect(measure('Bonne fête', 'threads').length).toBe(10)
    expect(measure('👨‍👩‍👧', 'threads').length).toBe(18)
    expect(measure('🇨🇦', 'threads').length).toBe(8)
    const links = Array.from({ length: 6 }, (_, i) => `https://canada.ca/${i}`).join(' ')
    expect(measure(links, 'threads').withinLimit).toBe(false)
  })

  it('Instagram: 2,200 characters, 30 hashtags, 20 mentions', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ')
    const m = measure(tags, 'instagram')
    expect(m.constraints.find((c) => c.name === 'hashtags')).toMatchObject({ length: 31, limit: 30, withinLimit: false })
    expect(m.withinLimit).toBe(false)
  })

  it('YouTube: title 100 characters, description 5,000 bytes, no < or >', () => {
    expect(measure('é'.repeat(100), 'youtube', { field: 'title' }).withinLimit).toBe(true)
    expect(measure('é'.repeat(101), 'youtube', { field: 'title' }).withinLimit).toBe(false)
    expect(measure('é'.repeat(2501), 'youtube').length).toBe(5002)
    expect(measure('a < b', 'youtube').withinLimit).toBe(false)
  })

  it('LinkedIn and Facebook count UTF-16 units (the safe reading of their limits)', () => {
    expect(measure('😀', 'linkedin').length).toBe(2)
    expect(measure('é', 'facebook').length).toBe(1)
  })
})
