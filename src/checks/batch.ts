import { type PostInputError, safeDefinePost } from '../post/define.js'
import { type CheckReport, check } from './engine.js'
import type { CheckOptions } from './rule.js'

/** One result of {@link checkAll}: the post's report, or why its input was refused. */
export type BatchResult = { readonly index: number; readonly id?: string; readonly report: CheckReport } | { readonly index: number; readonly id?: string; readonly error: PostInputError }

/**
 * Checks posts one at a time as they arrive, from any iterable or async
 * iterable (a file stream, a database cursor), yielding each result before
 * reading the next input: memory stays flat however many posts there are.
 * Bad inputs are yielded as `PostInputError`s; the batch goes on.
 *
 * @example
 * for await (const result of checkAll(readPostsFromDisk(), { platforms: ['x'] })) {
 *   if ('error' in result) console.error(result.index, result.error.message)
 *   else if (!result.report.ok) failures++
 * }
 */
export async function* checkAll(inputs: AsyncIterable<unknown> | Iterable<unknown>, options: CheckOptions = {}): AsyncGenerator<BatchResult> {
  let index = 0
  for await (const input of inputs) {
    const defined = safeDefinePost(input)
    if (defined.success) {
      const { post } = defined
      yield Object.freeze({ index, ...(post.id === undefined ? {} : { id: post.id }), report: check(post, options) })
    } else {
      yield Object.freeze({ index, error: defined.error })
    }
    index++
  }
}
