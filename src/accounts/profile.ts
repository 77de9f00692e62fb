import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../post/zod-messages.js'
import type { Diagnostic } from '../checks/diagnostic.js'
import type { Bilingual, Lang } from '../post/language.js'
import { languages } from '../post/language.js'
import { bilingualTextSchema, platformIdSchema } from '../post/schema.js'
import { platformIds } from '../platforms/types.js'
import { type PlatformOverrides, platformSettings } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { type AccountReport, accountDiagnostic, reportOf } from './diagnostics.js'
import { validateHandle } from './handles.js'
import { checkHandlePair } from './pairs.js'
import { formatInputIssues, type InputIssue, inputHeading, inputIssues } from '../post/input-issues.js'
import { urlLanguage } from '../text/url-language.js'
import { freezeDeep } from '../text/frozen.js'

useEnglishZodMessages()

const handleSchema = z.string().check(z.trim(), z.minLength(1, 'A handle cannot be empty.'))
const webUrlSchema = z.url({ protocol: /^https?$/, error: 'Give a full web address starting with https://.' })

/**
 * Schema of what {@link defineProfile} takes: a display name and bio in both
 * languages, handles for paired accounts (`{ en, fr }`) or one bilingual
 * handle (a string), and the website in each language.
 */
export const profileInputSchema = z.strictObject({
  displayName: bilingualTextSchema,
  bio: bilingualTextSchema,
  handles: z.union([z.strictObject({ en: handleSchema, fr: handleSchema }), handleSchema]),
  website: z.optional(z.strictObject({ en: webUrlSchema, fr: webUrlSchema })),
  platforms: z.optional(z.array(platformIdSchema)),
})

/** What {@link defineProfile} takes, as written by a user. */
export type ProfileInput = z.input<typeof profileInputSchema>

/** A validated, frozen bilingual profile. */
export interface BilingualProfile {
  /** `paired`: an English and a French account; `bilingual`: one account for both languages. */
  readonly mode: 'paired' | 'bilingual'
  readonly displayName: Bilingual<string>
  readonly bio: Bilingual<string>
  /** Both handles when paired; the same handle twice when bilingual. */
  readonly handles: Bilingual<string>
  readonly website?: Bilingual<string>
  /** Platforms the profile is for (all of them when the input named none). */
  readonly platforms?: readonly PlatformId[]
}

/** One problem found in a profile's input, with where it is. */
export type ProfileInputIssue = InputIssue

/** Thrown by {@link defineProfile} when the input is not a valid profile; lists every problem with its path. */
export class ProfileInputError extends Error {
  override readonly name = 'ProfileInputError'
  readonly issues: readonly ProfileInputIssue[]
  /** The whole message in both official languages (`message` is the English one). */
  readonly messages: Bilingual<string>

  constructor(issues: readonly ProfileInputIssue[]) {
    const heading = inputHeading('profile')
    const messages = { en: formatInputIssues(heading.en, issues, 'en'), fr: formatInputIssues(heading.fr, issues, 'fr') }
    super(messages.en)
    this.issues = issues
    this.messages = messages
  }
}

/**
 * Validates a bilingual account profile and returns it typed and frozen.
 *
 * @throws {ProfileInputError} listing every problem with its path.
 * @example
 * const profile = defineProfile({
 *   displayName: { en: 'Health Canada', fr: 'Santé Canada' },
 *   bio: { en: 'Official account of Health Canada.', fr: 'Compte officiel de Santé Canada.' },
 *   handles: { en: 'HealthCanada', fr: 'SanteCanada' },
 *   website: { en: 'https://www.canada.ca/en/health-canada.html', fr: 'https://www.canada.ca/fr/sante-canada.html' },
 * })
 */
export function defineProfile(input: unknown): BilingualProfile {
  const parsed = profileInputSchema.safeParse(input)
  if (!parsed.success) {
    throw new ProfileInputError(inputIssues(parsed.error, { input, schema: profileInputSchema, subject: 'profile' }))
  }
  const { displayName, bio, handles, website, platforms } = parsed.data
  const profile: BilingualProfile = {
    mode: typeof handles === 'string' ? 'bilingual' : 'paired',
    displayName,
    bio,
    handles: typeof handles === 'string' ? { en: handles, fr: handles } : handles,
    ...(website === undefined ? {} : { website }),
    ...(platforms === undefined ? {} : { platforms: [...new Set(platforms)] }),
  }
  return freezeDeep(profile)
}

/** Options of {@link checkProfile}. */
export interface CheckProfileOptions {
  /** Platforms to check; the profile's own, or every platform, when absent. */
  readonly platforms?: readonly PlatformId[]
  /** Per-platform limit overrides (`displayName`, `bio`), as for `check`. */
  readonly limits?: PlatformOverrides
}

/** The outcome of {@link checkProfile}: the shape of `check`'s report. */
export type ProfileReport = AccountReport

/**
 * What one account shows in a field. A bilingual account has one display name
 * and one bio for both languages, so it shows both texts together:
 * `Health Canada | Santé Canada` (once when they are the same), and the two
 * bios one after the other, separated by a blank line.
 */
export function shownText(profile: BilingualProfile, field: 'displayName' | 'bio'): Partial<Record<Lang | 'both', string>> {
  const texts = profile[field]
  if (profile.mode === 'paired') return { en: texts.en, fr: texts.fr }
  if (texts.en.trim() === texts.fr.trim()) return { both: texts.en }
  return { both: field === 'displayName' ? `${texts.en} | ${texts.fr}` : `${texts.en}\n\n${texts.fr}` }
}

const fieldRules = {
  displayName: { ruleId: 'profile/display-name-too-long', limit: 'displayName' },
  bio: { ruleId: 'profile/bio-too-long', limit: 'bio' },
} as const

function lengthDiagnostics(profile: BilingualProfile, platformId: PlatformId, overrides: PlatformOverrides | undefined): Diagnostic[] {
  const { platform, limits } = platformSettings(platformId, overrides)
  const diagnostics: Diagnostic[] = []
  for (const field of ['displayName', 'bio'] as const) {
    const limit = limits[fieldRules[field].limit]
    if (limit === undefined) continue
    for (const [shownIn, text] of Object.entries(shownText(profile, field))) {
      // The main constraint is the platform's own count of the text (graphemes, weighted, UTF-16, bytes).
      const main = platform.measure(text, { limit }).constraints[0]
      if (main === undefined || main.length <= limit) continue
      const lang = shownIn === 'both' ? undefined : (shownIn as Lang)
      diagnostics.push(
        accountDiagnostic({
          ruleId: fieldRules[field].ruleId,
          messageId: lang === undefined ? 'bilingual' : 'message',
          severity: 'error',
          field,
          platform: platformId,
          ...(lang === undefined ? {} : { lang }),
          data: { length: main.length, limit, over: main.length - limit, unit: main.unit, mode: profile.mode, ...(lang === undefined ? {} : { lang }) },
        }),
      )
    }
  }
  return diagnostics
}

const normalized = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

function parityDiagnostics(profile: BilingualProfile): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const lang of languages) {
    if (profile.displayName[lang].trim() === '') diagnostics.push(accountDiagnostic({ ruleId: 'profile/display-name-missing', severity: 'error', field: 'displayName', lang, data: { lang } }))
    if (profile.bio[lang].trim() === '') diagnostics.push(accountDiagnostic({ ruleId: 'profile/bio-missing', severity: 'error', field: 'bio', lang, data: { lang } }))
  }
  const { en, fr } = profile.bio
  if (en.trim() !== '' && normalized(en) === normalized(fr)) diagnostics.push(accountDiagnostic({ ruleId: 'profile/bio-identical', severity: 'error', field: 'bio', data: {} }))
  return diagnostics
}

function websiteDiagnostics(profile: BilingualProfile): Diagnostic[] {
  const website = profile.website
  if (website === undefined) return []
  return languages.flatMap((lang) => {
    const url = website[lang]
    const linkLang = urlLanguage(url)
    if (linkLang === undefined || linkLang === lang) return []
    return [accountDiagnostic({ ruleId: 'profile/website-language', severity: 'error', field: 'website', lang, data: { lang, linkLang, url }, source: url, range: { start: 0, end: url.length } })]
  })
}

function handleDiagnostics(profile: BilingualProfile, platformId: PlatformId): Diagnostic[] {
  return profile.mode === 'paired' ? checkHandlePair(profile.handles.en, profile.handles.fr, platformId) : validateHandle(profile.handles.en, platformId)
}

/**
 * Checks a bilingual profile on each platform: display name and bio within the
 * platform's limits as the platform counts them, handles valid (and parallel
 * when paired), a bio in each language that is not a copy of the other, and
 * each language's website link going to the page in that language.
 *
 * @example
 * const report = checkProfile(profile, { platforms: ['x', 'bluesky'] })
 * if (!report.ok) for (const d of report.diagnostics) console.log(d.ruleId, d.message.fr)
 */
export function checkProfile(profile: BilingualProfile, options: CheckProfileOptions = {}): ProfileReport {
  const platforms = options.platforms ?? profile.platforms ?? platformIds
  return reportOf([
    ...parityDiagnostics(profile),
    ...websiteDiagnostics(profile),
    ...platforms.flatMap((platformId) => [...handleDiagnostics(profile, platformId), ...lengthDiagnostics(profile, platformId, options.limits)]),
  ])
}
