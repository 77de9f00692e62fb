import { cliI18n } from '../i18n/cli-messages.js'
import type { PostInputIssue } from '../post/define.js'
import type { Bilingual, Lang } from '../post/language.js'

/** What can be wrong with a file of posts, before any check runs. */
export type PostFileProblemCode =
  | 'unreadable'
  | 'missing'
  | 'noMatch'
  | 'unsupportedExtension'
  | 'invalidJson'
  | 'notAPost'
  | 'missingLanguage'
  | 'invalidPost'
  | 'invalidFrontMatter'
  | 'frontMatterNotMapping'
  | 'unclosedFrontMatter'
  | 'textInFrontMatter'
  | 'missingSection'
  | 'duplicateSection'
  | 'strayText'

/** A problem with a file of posts (it cannot be read, or a post in it is not a valid post). Always an error. */
export interface PostFileProblem {
  readonly code: PostFileProblemCode
  /** The message in both official languages. */
  readonly message: Bilingual<string>
  /** Facts behind the message (the JSON parser's reason, the bad path…). */
  readonly data: Readonly<Record<string, unknown>>
  /** 1-based line in the file, when the problem has a place. */
  readonly line?: number
  /** 1-based column in the file, when the problem has a place. */
  readonly column?: number
  /** Index of the post in its file, when the problem is one post's. */
  readonly postIndex?: number
}

/**
 * Builds a problem with its message in both languages (`cli` namespace,
 * `problem.<code>`, or `messages` when the words are made elsewhere, as a
 * post's input issues are). `lang` in data names a language.
 */
export function fileProblem(
  code: PostFileProblemCode,
  data: Readonly<Record<string, unknown>> = {},
  place: { line?: number; column?: number; postIndex?: number } = {},
  messages?: Bilingual<string>,
): PostFileProblem {
  const instance = cliI18n()
  const say = (lng: Lang): string => {
    const language = typeof data.lang === 'string' ? instance.t(`languageNames.${data.lang}`, { lng, ns: 'cli' }) : undefined
    return instance.t(`problem.${code}`, { ...data, ...(language === undefined ? {} : { language }), lng, ns: 'cli' })
  }
  return {
    code,
    message: messages ?? { en: say('en'), fr: say('fr') },
    data,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.column === undefined ? {} : { column: place.column }),
    ...(place.postIndex === undefined ? {} : { postIndex: place.postIndex }),
  }
}

/** Orders problems by line, then column (problems without a place first). */
export function byPlace(a: PostFileProblem, b: PostFileProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

/** A post's input issue as a file problem: a missing text as `missingLanguage`, anything else `invalidPost` with the issue's own words. */
export function problemForIssue(issue: PostInputIssue, place: { line: number; column: number; postIndex: number }): PostFileProblem {
  const [key] = issue.path
  if (issue.messageKey === 'missingText' && (key === 'en' || key === 'fr')) return fileProblem('missingLanguage', { lang: key, field: key }, place)
  const data = { path: issue.path.join('.'), issue: issue.code, messageKey: issue.messageKey, ...(issue.suggestion === undefined ? {} : { suggestion: issue.suggestion }) }
  return fileProblem('invalidPost', data, place, issue.messages)
}
