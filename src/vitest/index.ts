/**
 * `bilingual-posts/vitest`: matchers for your own tests. Importing this
 * module adds them to vitest's `expect` (put the import in a setup file, or
 * at the top of a test file). With `useConfig((await loadConfig())?.config)`
 * in a setup file, the matchers start from the project's config file (its
 * rules, pairs, limits and plugins), as the CLI does (see {@link useConfig}).
 *
 * @example
 * import 'bilingual-posts/vitest'
 * import { expect, test } from 'vitest'
 * import { definePost, toPayloads } from 'bilingual-posts'
 *
 * test('the flu post is ready', () => {
 *   expect(post).toPassChecks({ pairs: { '#FluSeason': '#SaisonDeLaGrippe' } })
 *   expect(post).toFitPlatform('x', { lang: 'fr' })
 *   expect(toPayloads(post, 'bluesky', { now: '2026-10-01T13:00:00Z' })).toBeValidPayload('bluesky')
 * })
 */
import { expect } from 'vitest'
import type { PlatformId } from '../platforms/types.js'
import { bilingualPostsMatchers, type FitPlatformOptions, type PassChecksOptions, useConfig } from './matchers.js'

expect.extend(bilingualPostsMatchers)

export { bilingualPostsMatchers, useConfig }
export type { FitPlatformOptions, PassChecksOptions }

declare module 'vitest' {
  // `T = any` is vitest's own declaration; a merged declaration must repeat it exactly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- vitest's own `T = any`, as said above
  interface Matchers<T = any> {
    /** Passes when `check(post, options)` finds no error (and no more than `maxWarnings` warnings, when given). The failure lists the diagnostics. */
    toPassChecks(options?: PassChecksOptions): T
    /** Passes when the post (or one language of it) is within `platform`'s limits. The failure says by how much it is over. */
    toFitPlatform(platform: PlatformId, options?: FitPlatformOptions): T
    /** Passes when the value is a valid payload set (`toPayloads`' result), thread item or request body for `platform`. The failure lists the schema issues. */
    toBeValidPayload(platform: PlatformId): T
  }
}
