/**
 * Emoji as twitter-text v3 sees them when it weighs a tweet: it runs
 * twemoji-parser 11 (Emoji 11 data, MIT, Copyright Twitter Inc.) and weighs each
 * match as one emoji. twemoji-parser's regex is a 6.6 KB list of code points;
 * this grammar rebuilds the same shapes from Unicode properties (Node 20's regex
 * engine knows them):
 *
 * - keycaps `[#*0-9]` FE0F? U+20E3, and the three subdivision flags (England, Scotland, Wales);
 * - a pair of regional indicators only when it is a real flag (else each indicator stands alone);
 * - ZWJ sequences of fully-qualified elements: a pictograph with emoji presentation,
 *   or a text-style one followed by FE0F; a skin tone only on the first element;
 * - a single emoji: emoji-presentation pictographs (a skin tone is kept only after a
 *   modifier base, and a following FE0F is *not* part of it), text-style ones when
 *   followed by FE0F or by anything but FE0E (© ® ™ only with FE0F, as twemoji has
 *   it), and a stray FE0F on its own.
 *
 * Known differences from twemoji-parser 11, by design (the generated test corpus
 * leaves them out for this reason):
 * - emoji added after Emoji 11 (🥱, 🧑‍🤝‍🧑, ❤️‍🔥, 🏳️‍⚧️, 🧑‍💻…) are found here; twemoji-parser
 *   splits a newer ZWJ sequence into its parts, so twitter-text weighs it more (X
 *   itself runs newer data, so this is closer to what X shows);
 * - a ZWJ sequence that is not in twemoji's list (👁️‍🗨️ with its FE0Fs, made-up joins
 *   like 😀‍😀, five-person families) is one emoji here, several there;
 * - single new code points (astral) weigh 2 either way, so only the offsets differ;
 *   the same goes for the hair components 🦰–🦳, which twemoji only takes inside a sequence;
 * - skin tones follow today's Emoji_Modifier_Base: ⛷ and 🤼 no longer take one, 🤝 and
 *   the two-person emoji (👫 👬 👭) now do, 👪 💏 💑 never did here.
 */
/** Flags twemoji-parser knows: per first letter a–z, a base-32 mask of second letters, bit 0 for a ("1dumbs", the first, is AC AD AE AF AG AI…). */
const flagRegions = '1dumbs 1muuvr 1v5vfd 100lig 1s06l 4lo0 lvefr 1kd00 uu0s 1k0g 1k5ceg js187 1vvv7t 115ibl 400 ksf7h 1 58g0g 1qsvuv 16kvnd ' + '1g8c21 108al 8010 100 g00g 40401'

let flags: ReadonlySet<string> | undefined

/** Decodes two-letter names stored as base-32 bit masks of second letters, one per first letter a–z. */
function decodeLetterPairs(coded: string): string[] {
  const pairs: string[] = []
  coded.split(' ').forEach((mask, first) => {
    for (let bits = parseInt(mask, 32), second = 97; bits; bits >>= 1, second++) if (bits & 1) pairs.push(String.fromCharCode(97 + first, second))
  })
  return pairs
}

function isFlag(pair: string): boolean {
  flags ??= new Set(decodeLetterPairs(flagRegions))
  const letters = String.fromCharCode((pair.codePointAt(0) as number) - 0x1f1e6 + 97, (pair.codePointAt(2) as number) - 0x1f1e6 + 97)
  return flags.has(letters)
}

/**
 * Emoji-presentation characters that twemoji-parser still treats as text-style (they
 * have a standardised FE0E/FE0F variant: ⌚ ☔ ♈–♓ ⚽ ⭐ 🀄…), so a following FE0F is
 * part of them and a following FE0E makes them text: those of the BMP but the 21 that
 * have no variant (⏩–⏬ ⏰ ⏳ ⛎ ✅ ✊ ✋ ✨ ❌ ❎ ❓–❕ ➕–➗ ➰ ➿), and three astral ones.
 */
const presentationWithVariants =
  '[[\\p{Emoji_Presentation}&&[\\0-\\uFFFF]]--[\\u23E9-\\u23EC\\u23F0\\u23F3\\u26CE\\u2705\\u270A\\u270B\\u2728\\u274C\\u274E\\u2753-\\u2755\\u2795-\\u2797\\u27B0\\u27BF]]' +
  '\\u{1F004}\\u{1F21A}\\u{1F22F}'
/** ♾ (Emoji 11) is text-style in Unicode but always an emoji in twemoji-parser 11; so is Twitter's private U+E50A. */
const alwaysEmoji = '\\u267E\\uE50A'
/** Pictographs that are emoji whatever follows them (😀, 🎉). */
const presentation = `[[[\\p{Extended_Pictographic}&&\\p{Emoji_Presentation}]${alwaysEmoji}]--[${presentationWithVariants}]]`
/** Text-style emoji: an emoji with FE0F, or when no FE0E follows (☀, ❤, ✈, ⌚…). */
const textStyle = `[[[\\p{Extended_Pictographic}&&\\p{Emoji}]--\\p{Emoji_Presentation}--[${alwaysEmoji}]]${presentationWithVariants}]`
const modifier = '\\p{Emoji_Modifier}'
const modifierBase = '\\p{Emoji_Modifier_Base}'
/** A skin tone, allowed only right after a modifier base (and its FE0F, for text-style bases like ☝). */
const skinTone = `(?:(?<=${modifierBase}\\uFE0F?)${modifier})`
/**
 * A ZWJ sequence of fully-qualified elements. Only its first element may carry a
 * skin tone: that is all Emoji 11 had (👩🏽‍🔬, 🏃🏾‍♀️); skin tones on later people
 * (🧑🏻‍🤝‍🧑🏿) came with Emoji 12.
 */
const firstElement = `(?:${presentation}${skinTone}?|${textStyle}(?:\\uFE0F|${skinTone}))`
const nextElement = `(?:${presentation}|${textStyle}\\uFE0F)`

/** The whole grammar, sticky: scanning tries it at candidate positions; test/x-fast-paths.test.ts tries it at every position. */
export const emojiPattern = new RegExp(
  [
    '[#*0-9]\\uFE0F?\\u20E3',
    '\\u{1F3F4}\\u{E0067}\\u{E0062}(?:\\u{E0065}\\u{E006E}\\u{E0067}|\\u{E0073}\\u{E0063}\\u{E0074}|\\u{E0077}\\u{E006C}\\u{E0073})\\u{E007F}',
    `${firstElement}(?:\\u200D${nextElement})+`,
    '\\p{Regional_Indicator}{1,2}',
    `${presentation}${skinTone}?`,
    // © ® ™ are text unless FE0F asks for an emoji; twemoji-parser 11 treats ♟ (new in Emoji 11) the same way.
    '[\\xA9\\xAE\\u2122\\u265F]\\uFE0F',
    `(?![\\xA9\\xAE\\u2122\\u265F])${textStyle}(?:\\uFE0F|(?!\\uFE0E))${skinTone}?`,
    // A skin tone or an FE0F on its own is still an emoji to twemoji-parser.
    `${modifier}|\\uFE0F`,
  ].join('|'),
  'yv',
)

/**
 * Every emoji the pattern finds starts with ©, ®, a keycap base followed by
 * U+FE0F/U+20E3, a pictograph of U+203C–U+3299 (the last BMP pictograph is ㊙),
 * Twitter's private U+E50A, U+FE0F, or the high surrogate of an astral
 * pictograph, skin tone or regional indicator (U+1F000–U+1FFFF): no match can
 * start anywhere else, so CJK, Hangul and other astral scripts are skipped
 * without running the pattern (test/x-fast-paths.test.ts checks every code point).
 */
// eslint-disable-next-line no-misleading-character-class -- a set of UTF-16 code units (U+FE0F, high surrogates) on purpose
const mayStartEmoji = /[\xA9\xAE\u203C-\u3299\uD83C-\uD83F\uE50A\uFE0F]|[#*0-9][\uFE0F\u20E3]/g

/** Two regional indicators (U+1F1E6–U+1F1FF) at `i`: the emoji pattern takes them together. */
function isIndicatorPair(text: string, i: number): boolean {
  const isIndicator = (j: number) => text.charCodeAt(j) === 0xd83c && text.charCodeAt(j + 1) >= 0xdde6 && text.charCodeAt(j + 1) <= 0xddff
  return isIndicator(i) && isIndicator(i + 2)
}

/** Length of the emoji starting at `i`, or 0: the sticky pattern, without a match object, and a pair of indicators that is no flag cut to one. */
function emojiLengthAt(text: string, i: number): number {
  emojiPattern.lastIndex = i
  if (!emojiPattern.test(text)) return 0
  const length = emojiPattern.lastIndex - i
  return length === 4 && isIndicatorPair(text, i) && !isFlag(text.slice(i, i + 4)) ? 2 : length
}

/** An emoji's UTF-16 range in a text. */
export interface EmojiRange {
  readonly start: number
  readonly end: number
}

/**
 * The first emoji at or after `from`, or undefined when there is none. Walking a
 * text with it finds exactly the emoji {@link findEmoji} lists, without building
 * the list: X counting reads them as it goes.
 *
 * The pattern is tried only where an emoji can start, found by a simple regex
 * (much faster than a loop over every character): the same leftmost matches as a global scan.
 *
 * @example
 * nextEmoji('a 🇨🇦 b 😀', 0) // { start: 2, end: 6 }
 * nextEmoji('a 🇨🇦 b 😀', 6) // { start: 9, end: 11 }
 */
export function nextEmoji(text: string, from: number): EmojiRange | undefined {
  mayStartEmoji.lastIndex = from
  for (let candidate = mayStartEmoji.exec(text); candidate; candidate = mayStartEmoji.exec(text)) {
    const i = candidate.index
    const length = emojiLengthAt(text, i)
    if (length > 0) return { start: i, end: i + length }
    mayStartEmoji.lastIndex = i + 1
  }
  return undefined
}

/**
 * UTF-16 ranges of the emoji in `text`, equal to twemoji-parser 11 `parse(text)`
 * indices for every emoji it knows (see the differences above).
 *
 * @example
 * findEmoji('Bonne fête 🇨🇦 !') // [{ start: 11, end: 15 }]
 */
export function findEmoji(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = []
  for (let emoji = nextEmoji(text, 0); emoji !== undefined; emoji = nextEmoji(text, emoji.end)) found.push({ start: emoji.start, end: emoji.end })
  return found
}
