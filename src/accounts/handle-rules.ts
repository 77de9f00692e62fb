import type { PlatformId } from '../platforms/types.js'

/**
 * The username rules of one platform, as data. Sources (checked 2025; each
 * network changes them rarely and without notice, so they are easy to update here):
 * - X: 4–15 characters, `A–Z a–z 0–9 _`; names containing "Twitter" or "Admin"
 *   cannot be claimed (X Help, "Changing your username"). Older accounts may be shorter.
 * - Instagram and Threads (a Threads profile takes its Instagram username):
 *   30 characters, letters, digits, `.` and `_`, no leading, trailing or doubled period.
 * - Bluesky: a domain name in atproto handle syntax (atproto.com/specs/handle);
 *   `bsky.social` sub-domains need a first label of 3–18 characters (PDS service constraints).
 * - Mastodon: local part `A–Z a–z 0–9 _`, 30 characters (`Account::USERNAME_LENGTH_LIMIT`);
 *   instances reserve `admin`, `support`, … by default (`reserved_usernames` in settings).
 * - YouTube: 3–30 characters, letters, digits, `_`, `-`, `.`; accented Latin letters have
 *   been accepted since 2023, other scripts are limited per script and we do not check them.
 * - Facebook Page: at least 5 characters (50 at most), letters, digits and `.`;
 *   generic extensions (`.com`, `.net`) are refused.
 * - LinkedIn company page: a URL slug of letters, digits and `-` (100 characters, the
 *   limit of LinkedIn's public-URL field; LinkedIn does not document one for pages).
 */
export interface HandleRule {
  readonly platform: PlatformId
  /** How the allowed characters read in a message, language-neutral. */
  readonly allowed: string
  /** One allowed character (Bluesky is checked by label syntax instead). */
  readonly allowedCharacter: RegExp
  readonly minLength: number
  readonly maxLength: number
  /** Words a handle may not contain (`contains`) or be (`exact`), compared case-insensitively. */
  readonly reserved: { readonly contains: readonly string[]; readonly exact: readonly string[] }
  /** Separator used when building a handle from words; '' joins them in CamelCase. */
  readonly separator: '_' | '.' | '-' | ''
  /** Whether the platform shows usernames in lower case only. */
  readonly lowerCase: boolean
  /** `username` (X, Instagram…), `domain` (Bluesky: the handle is a domain name) or `fediverse` (`user` or `user@instance.domain`). */
  readonly form: 'username' | 'domain' | 'fediverse'
  /** Whether periods are allowed only inside the name, never doubled (Instagram, Threads). */
  readonly periodsInsideOnly: boolean
}

const asciiWord = /[A-Za-z0-9_]/
const noReserved = { contains: [], exact: [] } as const

/** Username rules of every platform, by id. */
export const handleRules: Readonly<Record<PlatformId, HandleRule>> = {
  x: {
    platform: 'x',
    allowed: 'A–Z a–z 0–9 _',
    allowedCharacter: asciiWord,
    minLength: 4,
    maxLength: 15,
    reserved: { contains: ['twitter', 'admin'], exact: [] },
    separator: '_',
    lowerCase: false,
    form: 'username',
    periodsInsideOnly: false,
  },
  instagram: {
    platform: 'instagram',
    allowed: 'a–z 0–9 . _',
    allowedCharacter: /[A-Za-z0-9._]/,
    minLength: 1,
    maxLength: 30,
    reserved: { contains: ['instagram'], exact: [] },
    separator: '_',
    lowerCase: true,
    form: 'username',
    periodsInsideOnly: true,
  },
  threads: {
    platform: 'threads',
    allowed: 'a–z 0–9 . _',
    allowedCharacter: /[A-Za-z0-9._]/,
    minLength: 1,
    maxLength: 30,
    reserved: { contains: ['instagram', 'threads'], exact: [] },
    separator: '_',
    lowerCase: true,
    form: 'username',
    periodsInsideOnly: true,
  },
  bluesky: {
    platform: 'bluesky',
    allowed: 'a–z 0–9 - .',
    allowedCharacter: /[A-Za-z0-9.-]/,
    minLength: 3,
    maxLength: 253,
    reserved: noReserved,
    separator: '-',
    lowerCase: true,
    form: 'domain',
    periodsInsideOnly: false,
  },
  mastodon: {
    platform: 'mastodon',
    allowed: 'A–Z a–z 0–9 _',
    allowedCharacter: asciiWord,
    minLength: 1,
    maxLength: 30,
    reserved: { contains: [], exact: ['admin', 'support', 'help', 'root', 'webmaster', 'administrator', 'mod', 'moderator'] },
    separator: '_',
    lowerCase: false,
    form: 'fediverse',
    periodsInsideOnly: false,
  },
  youtube: {
    platform: 'youtube',
    allowed: 'A–Z a–z 0–9 _ - .',
    allowedCharacter: /[\p{Script=Latin}0-9_.-]/u,
    minLength: 3,
    maxLength: 30,
    reserved: { contains: ['youtube'], exact: [] },
    separator: '_',
    lowerCase: false,
    form: 'username',
    periodsInsideOnly: false,
  },
  facebook: {
    platform: 'facebook',
    allowed: 'A–Z a–z 0–9 .',
    allowedCharacter: /[A-Za-z0-9.]/,
    minLength: 5,
    maxLength: 50,
    reserved: { contains: ['facebook', '.com', '.net', '.org'], exact: [] },
    separator: '.',
    lowerCase: false,
    form: 'username',
    periodsInsideOnly: false,
  },
  linkedin: {
    platform: 'linkedin',
    allowed: 'a–z 0–9 -',
    allowedCharacter: /[A-Za-z0-9-]/,
    minLength: 3,
    maxLength: 100,
    reserved: { contains: ['linkedin'], exact: [] },
    separator: '-',
    lowerCase: true,
    form: 'username',
    periodsInsideOnly: false,
  },
}

/**
 * Top-level domains that atproto refuses at registration (not in syntax):
 * `DISALLOWED_TLDS` in `@atproto/syntax` `handle.ts`.
 */
export const disallowedBlueskyTlds: readonly string[] = ['local', 'arpa', 'invalid', 'localhost', 'internal', 'example', 'alt', 'onion']

/** Bluesky's hosted domain, whose first label must be 3–18 characters (PDS service constraints). */
export const blueskyHostedDomain = 'bsky.social'
export const blueskyHostedLabel = { min: 3, max: 18 } as const
