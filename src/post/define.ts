import type { PlatformId } from '../platforms/types.js'
import { platformIds } from '../platforms/types.js'
import { formatInputIssues, type InputIssue, inputIssues } from './input-issues.js'
import type { Bilingual } from './language.js'
import type { Media } from './schema.js'
import { postInputSchema } from './schema.js'

/** A validated, frozen English/French post. */
export interface BilingualPost {
  readonly id?: string
  /** English Markdown source, exactly as written. */
  readonly en: string
  /** French Markdown source, exactly as written. */
  readonly fr: string
  /** Target platforms (all of them when the input named none). */
  readonly platforms: readonly PlatformId[]
  readonly media: readonly Media[]
  readonly title?: Bilingual<string>
  readonly publishAt?: string
}

/** One problem found in a post's input, with where it is. */
export type PostInputIssue = InputIssue

/**
 * Thrown by {@link definePost} when the input is not a valid post. Lists every
 * problem, each with the path to the bad value.
 */
export class PostInputError extends Error {
  override readonly name = 'PostInputError'
  readonly issues: readonly PostInputIssue[]

  constructor(issues: readonly PostInputIssue[], id?: string) {
    super(formatInputIssues(id === undefined ? 'Invalid post' : `Invalid post "${id}"`, issues, '(post)'))
    this.issues = issues
  }
}

/** Result of {@link safeDefinePost}: the post, or the error that {@link definePost} would throw. */
export type DefinePostResult = { success: true; post: BilingualPost } | { success: false; error: PostInputError }

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

/**
 * Validates a post and returns it typed and frozen, without throwing.
 *
 * @example
 * const result = safeDefinePost(JSON.parse(file))
 * if (!result.success) console.error(result.error.issues)
 */
export function safeDefinePost(input: unknown): DefinePostResult {
  const parsed = postInputSchema.safeParse(input)
  if (!parsed.success) {
    const id =
      input !== null && typeof input === 'object' && typeof (input as { id?: unknown }).id === 'string'
        ? (input as { id: string }).id
        : undefined
    return { success: false, error: new PostInputError(inputIssues(parsed.error), id) }
  }
  const data = parsed.data
  const post: BilingualPost = {
    ...(data.id === undefined ? {} : { id: data.id }),
    en: data.en,
    fr: data.fr,
    platforms: data.platforms ? [...new Set(data.platforms)] : [...platformIds],
    media: data.media ?? [],
    ...(data.title === undefined ? {} : { title: data.title }),
    ...(data.publishAt === undefined ? {} : { publishAt: data.publishAt }),
  }
  return { success: true, post: deepFreeze(post) }
}

/**
 * Validates a bilingual post and returns it typed and frozen. Both languages
 * are required; nothing the user wrote is altered.
 *
 * @throws {PostInputError} listing every problem with its path.
 * @example
 * const post = definePost({
 *   id: 'flu-clinics-2026',
 *   en: 'Flu clinics open Monday. #FluSeason',
 *   fr: 'Les cliniques de vaccination ouvrent lundi. #SaisonDeLaGrippe',
 *   platforms: ['x', 'bluesky'],
 * })
 */
export function definePost(input: unknown): BilingualPost {
  const result = safeDefinePost(input)
  if (!result.success) throw result.error
  return result.post
}
