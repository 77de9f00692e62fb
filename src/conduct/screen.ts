import type { i18n } from 'i18next'
import * as z from 'zod/mini'
import abusiveData from '../data/conduct/abusive.json'
import promotionData from '../data/conduct/promotion.json'
import { proseRanges } from '../text/prose.js'
import { translateBoth } from '../i18n/messages.js'
import type { Bilingual, Lang } from '../post/language.js'
import { once } from '../text/once.js'
import { extractUrls } from '../text/urls.js'
import { detectLanguage } from './language.js'
import { derivedFromLists } from './list-memo.js'
import type { ConductOptions } from './options.js'
import { conductOptionsSchema, phraseListSchema, validatedConduct } from './options.js'
import { findPartisan } from './partisan.js'
import { findPersonalInformation } from './personal-information.js'
import { findRepetitions } from './spam.js'
import { compileTerms, findTerms, type CompiledTerms } from './terms.js'
import { freezeDeep } from '../text/frozen.js'

/** Why a moderator may remove a comment, under a departmental comment policy. */
export type ScreenReasonKind = 'personal-information' | 'abusive' | 'spam' | 'partisan'

/** One reason to look at a comment, with where it is and a message in both official languages. */
export interface ScreenReason {
  readonly kind: ScreenReasonKind
  /**
   * What exactly: `phone`, `email`, `postal-code`, `sin` (personal information);
   * `abusive`; `links`, `repetition`, `promotion` (spam); `party`, `slogan`, `callToVote` (partisan).
   */
  readonly type: string
  /** 0-based UTF-16 offsets in the comment. */
  readonly span: { readonly start: number; readonly end: number }
  /** Facts behind the message. Personal information is never copied here. */
  readonly data: Readonly<Record<string, unknown>>
  readonly message: Bilingual<string>
  /** Key of the message, with its namespace, e.g. `accounts:screen/spam.links`. */
  readonly messageKey: string
}

/** The outcome of {@link screenComment}. */
export interface ScreenResult {
  /** The comment's official language, so the reply can be in it; `unknown` when it cannot tell. */
  readonly lang: Lang | 'unknown'
  /** Reasons a moderator may remove the comment, in text order; empty when none. */
  readonly reasons: readonly ScreenReason[]
}

/** Options of {@link screenComment}. */
export interface ScreenOptions {
  /** Extra party names, slogans, calls to vote and exceptions, as for `check`. */
  readonly conduct?: ConductOptions
  /** Extra abusive words or phrases (any language). */
  readonly abusive?: readonly string[]
  /** Extra advertising phrases (any language). */
  readonly promotion?: readonly string[]
  /** Most links a comment may hold before it is flagged as spam (default 2). */
  readonly maxLinks?: number
  /** An i18next instance of the host's, to reword messages (namespace `accounts`). */
  readonly i18n?: i18n
}

const builtInAbusive = once(() => compileTerms([...abusiveData.en, ...abusiveData.fr].map((phrase) => ({ phrase, kind: 'abusive' as const }))))
const builtInPromotion = once(() => compileTerms([...promotionData.en, ...promotionData.fr].map((phrase) => ({ phrase, kind: 'promotion' as const }))))

/**
 * The built-in terms with a list of extra ones, compiled once per content of the list (a moderation
 * tool screens thousands of comments with the same options); a list put in place of another, or
 * changed in place, is checked and compiled afresh.
 */
function withExtra<Kind extends string>(builtIn: () => CompiledTerms<Kind>, kind: Kind): (extra: readonly string[] | undefined) => CompiledTerms<Kind> {
  const listSchema = z.object({ [kind]: phraseListSchema })
  const compiled = derivedFromLists((extra: readonly string[]) => {
    // Checked once per content, like the conduct lists: a typed error naming the option, not a crash inside the compiler.
    listSchema.parse({ [kind]: extra })
    return extra.length === 0 ? builtIn() : compileTerms([...builtIn().terms, ...extra.map((phrase) => ({ phrase, kind }))])
  })
  return (extra) => {
    if (extra === undefined) return builtIn()
    // Not a list at all: the same typed error, without a list to remember it by.
    if (!Array.isArray(extra)) listSchema.parse({ [kind]: extra })
    return compiled(extra)
  }
}

const abusiveWith = withExtra(builtInAbusive, 'abusive')
const promotionWith = withExtra(builtInPromotion, 'promotion')

const noConduct: ConductOptions = {}
const parseConduct = (raw: unknown): ConductOptions => conductOptionsSchema.parse(raw)

function validConduct(raw: ConductOptions | undefined): ConductOptions {
  // `?? {}` let null through as no options; it still does.
  return raw === undefined || raw === null ? noConduct : validatedConduct(raw, parseConduct)
}

/**
 * Screens a comment on an official account: its language (reply in it) and
 * the reasons a moderator may remove it under a departmental comment policy:
 * personal information (phone, e-mail, postal code, SIN-shaped number that
 * passes the Luhn check), abusive or obscene language, spam (many links,
 * repeated text, advertising) and partisan content. It flags; a person decides.
 * The text is never changed.
 *
 * @example
 * const { lang, reasons } = screenComment('Appelez-moi au 613-555-0199, votez pour le Parti vert!')
 * lang // 'fr'
 * reasons.map((r) => `${r.kind}/${r.type}`) // ['personal-information/phone', 'partisan/callToVote', 'partisan/party']
 */
export function screenComment(text: string, options: ScreenOptions = {}): ScreenResult {
  if (typeof text !== 'string') throw new TypeError(`screenComment() takes a string, got ${typeof text}.`)
  const conduct = validConduct(options.conduct)
  // Words are matched in prose only: a URL, hashtag or mention is not a word.
  const prose = proseRanges(text, undefined)
  const reasons: ScreenReason[] = []
  const add = (kind: ScreenReasonKind, type: string, start: number, end: number, data: Record<string, unknown> = {}) => {
    const section = kind === 'abusive' ? 'screen/abusive' : `screen/${kind}`
    const messageKey = `accounts:${section}.${kind === 'abusive' ? 'message' : type}`
    reasons.push(freezeDeep({ kind, type, span: { start, end }, data, message: translateBoth(messageKey, data, options.i18n), messageKey }))
  }
  for (const found of findPersonalInformation(text)) add('personal-information', found.type, found.start, found.end)
  for (const found of findTerms(text, abusiveWith(options.abusive), prose)) add('abusive', 'abusive', found.start, found.end, { term: found.text })
  const links = extractUrls(text)
  const first = links[0]
  const last = links[links.length - 1]
  if (first !== undefined && last !== undefined && links.length > (options.maxLinks ?? 2)) add('spam', 'links', first.start, last.end, { links: links.length })
  for (const repetition of findRepetitions(text)) add('spam', 'repetition', repetition.start, repetition.end, { copies: repetition.copies, words: repetition.words })
  for (const found of findTerms(text, promotionWith(options.promotion), prose)) add('spam', 'promotion', found.start, found.end, { term: found.text })
  for (const found of findPartisan(text, conduct, prose))
    add('partisan', found.term.kind, found.start, found.end, { term: found.text, ...(found.term.group === undefined ? {} : { party: found.term.group }) })
  reasons.sort((a, b) => a.span.start - b.span.start)
  return Object.freeze({ lang: detectLanguage(text), reasons: Object.freeze(reasons) })
}
