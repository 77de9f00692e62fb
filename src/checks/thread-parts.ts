import type { BilingualPost } from '../post/define.js'
import type { Lang } from '../post/language.js'
import type { PlatformId } from '../platforms/types.js'
import { render } from '../platforms/render.js'
import type { CheckOptions } from './rule.js'
import { partsFor } from './rules/length-over-limit.js'

/**
 * How many parts of a thread `post`'s text in `lang` would make on
 * `platform` (as `splitThread` would split it), or null when it cannot be
 * split: one word is longer than a whole post. Give it a `length/over-limit`
 * diagnostic (it has `lang` and `platform`) to learn what `check` with
 * `threadParts: true` would have put in `data.parts`, for that one diagnostic.
 *
 * @throws {TypeError} when `where` lacks `lang` or `platform`.
 *
 * @example
 * const report = check(post, { platforms: ['x'] })
 * for (const d of report.diagnostics)
 *   if (d.ruleId === 'length/over-limit') console.log(threadPartsFor(post, d)) // 2
 */
export function threadPartsFor(
  post: BilingualPost,
  where: { readonly lang?: Lang | undefined; readonly platform?: PlatformId | undefined },
  options: Pick<CheckOptions, 'limits'> = {},
): number | null {
  const { lang, platform } = where
  if (lang === undefined || platform === undefined) throw new TypeError('threadPartsFor() needs a language and a platform, as a length/over-limit diagnostic has.')
  return partsFor(render(post[lang], platform), platform, options.limits)
}
