import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { blueskyTlds } from '../src/export/payloads/bluesky-tlds.js'
import { tldSet } from '../src/text/tlds.js'

// The list @atproto/api itself reads, pinned in devDependencies to the version bluesky-tlds.ts names.
const upstream = createRequire(import.meta.url)('tlds') as string[]

describe('Bluesky TLDs', () => {
  it('are exactly the names of the `tlds` package', () => {
    const ours = blueskyTlds()
    expect([...upstream].filter((name) => !ours.has(name))).toEqual([])
    expect([...ours].filter((name) => !upstream.includes(name))).toEqual([])
    expect(ours.size).toBe(new Set(upstream).size)
  })

  it('leave twitter-text’s list as it is (X keeps counting links by its frozen list)', () => {
    const before = tldSet().size
    blueskyTlds()
    expect(tldSet().size).toBe(before)
    expect(tldSet().has('abarth')).toBe(true)
    expect(blueskyTlds().has('abarth')).toBe(false)
  })
})
