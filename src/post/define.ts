import type { PlatformId } from '../platforms/types.js'
import { platformIds } from '../platforms/types.js'
import { formatInputIssues, type InputIssue, inputHeading, inputIssues } from './input-issues.js'
import type { Bilingual, Lang } from './language.js'
import type { Media } from './schema.js'
import { postInputSchema } from './schema.js'
import { freezeDeep } from '../text/frozen.js'

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

/** Options of {@link definePost} and {@link safeDefinePost}. */
export interface DefinePostOptions {
  /** Language of the error's `message` and of each issue's `message`; default `en`. Both languages are on `messages`. */
  readonly messageLanguage?: Lang
}

/**
 * Thrown by {@link definePost} when the input is not a valid post. Lists every
 * problem, each with the path to the bad value and its message in both
 * languages. `message` is in `messageLanguage` (English by default); `messages`
 * holds both.
 *
 * @example
 * try { definePost({ en: 'Recall: romaine lettuce', platform: ['x'] }, { messageLanguage: 'fr' }) } catch (error) {
 *   if (error instanceof PostInputError) console.error(error.message)
 *   // Publication non valide :
 *   //   - Le texte français (fr) manque.
 *   //   - Clé inconnue « platform » dans la publication. Vouliez-vous dire « platforms »?
 * }
 */
export class PostInputError extends Error {
  override readonly name = 'PostInputError'
  readonly issues: readonly PostInputIssue[]
  /** The whole message in both official languages. */
  readonly messages: Bilingual<string>

  constructor(issues: readonly PostInputIssue[], id?: string, messageLanguage: Lang = 'en') {
    const heading = id === undefined ? inputHeading('post') : inputHeading('postWithId', { id })
    const messages = { en: formatInputIssues(heading.en, issues, 'en'), fr: formatInputIssues(heading.fr, issues, 'fr') }
    super(messages[messageLanguage])
    this.issues = issues
    this.messages = messages
  }
}

/** Result of {@link safeDefinePost}: the post, or the error that {@link definePost} would throw. */
export type DefinePostResult = { success: true; post: BilingualPost } | { success: false; error: PostInputError }

/**
 * Validates a post and returns it typed and frozen, without throwing.
 *
 * @example
 * const result = safeDefinePost(JSON.parse(file), { messageLanguage: 'fr' })
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path.join('.'), issue.message)
 */
export function safeDefinePost(input: unknown, options: DefinePostOptions = {}): DefinePostResult {
  const messageLanguage = options.messageLanguage === 'fr' ? 'fr' : 'en'
  const parsed = postInputSchema.safeParse(input)
  if (!parsed.success) {
    const id = input !== null && typeof input === 'object' && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : undefined
    const issues = inputIssues(parsed.error, { input, schema: postInputSchema, subject: 'post', messageLanguage })
    return { success: false, error: new PostInputError(Object.freeze(issues), id, messageLanguage) }
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
  return { success: true, post: freezeDeep(post) }
}

/**
 * Validates a bilingual post and returns it typed and frozen. Both languages
 * are required; nothing the user wrote is altered.
 *
 * @throws {PostInputError} listing every problem with its path, in `options.messageLanguage` (English by default) and on `messages` in both.
 * @example
 * const post = definePost({
 *   id: 'flu-clinics-2026',
 *   en: 'Flu clinics open Monday. #FluSeason',
 *   fr: 'Les cliniques de vaccination ouvrent lundi. #SaisonDeLaGrippe',
 *   platforms: ['x', 'bluesky'],
 * })
 */
export function definePost(input: unknown, options: DefinePostOptions = {}): BilingualPost {
  const result = safeDefinePost(input, options)
  if (!result.success) throw result.error
  return result.post
}
