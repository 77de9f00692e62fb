import fc from 'fast-check'

/**
 * Pieces of hostile text: links with and without a scheme (t.co, ports, queries, parentheses, IDN,
 * a dot at the end), emoji of every shape (ZWJ sequences, flags, keycaps, skin tones, FE0F/FE0E,
 * subdivision flags), combining marks, characters NFC changes, CR LF and other white space,
 * remote mentions, surrogates on their own, Prepend and Indic clusters, and the units X weighs 2.
 */
// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const fragments = [
  'a', 'word', 'Québec', 'été', 'e\u0301', 'e\u0301\u0327', '\u0301', 'A\u030a', '\u212b', '\u212a', '\u2000', '\u037e', '\u1100\u1161', '\u1161',
  'https://www.canada.ca/fr/sante.html', 'http://example.com:8080/a_(b)?x=1&y=2#frag', 'canada.ca', 'canada.ca/fr', 'www.canada.ca/en/', 'https://t.co/abc123',
  'https://', 'http:', 'example.co', '.com', '.c', 'a.b', 'xn--80ak6aa92e.com', 'пример.рф', 'ca.', '(https://canada.ca)', 'https://a.ca/é',
  '😀', '👍🏽', '🏽', '👨‍👩‍👧‍👦', '👨\u200d', '\u200d', '\u200c', '🇨🇦', '🇨', '🇿🇿', '1️⃣', '#️⃣', '1\u20e3', '\ufe0f', '\ufe0e', '☀', '☀\ufe0f', '❤️', '©', '©\ufe0f', '®', '™', '‼', '⁉', 'ℹ', '🏳️‍🌈', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '@user', '@user@mastodon.social', 'me@example.com', '@', '#tag', '#Québec', ':', '/', '.', '(', ')',
  ' ', ' ', ' ', '\n', '\n\n', '\t', '\r', '\r\n', '\u00a0', '\u202f', '\u2028', '\u3000',
  '"canada.ca', '`canada.ca', '\u0001canada.ca', 'a\u0301canada.ca', "'https://a.ca'", 'A.CA', 'https://a.ca:80', 'www.a.ca?x=1', `t.co/${'a'.repeat(41)}`,
  '=@user@b.social', '/@a@b.c', '@a.b.ca', '＠user', '＃tag', '#1', '$CAD', 'K\u0301', '\u212a',
  '\ud83d', '\ude00', '𝗯𝗼𝗹𝗱', '日本語', '한국어', '\u0600', '\u0600 ', 'क्ष', 'ि', '\ufeff', '\ufffe', '…', '—', '’', '«', '»', '\u2026', '\u2030', '\u203b', '0', '9', '$',
]

/** What goes between two fragments, most often white space (where texts may be cut). */
const separators = ['', '', ' ', ' ', ' ', '\n', '\t', '\u00a0', '\r\n', '  ']

const fragment = fc.oneof({ arbitrary: fc.constantFrom(...fragments), weight: 6 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 2 }), weight: 1 })

/** A text of up to `maxParts` fragments, each after a separator. */
export const hostileText = (maxParts: number) => fc.array(fc.tuple(fc.constantFrom(...separators), fragment), { minLength: 1, maxLength: maxParts, size: 'max' }).map((parts) => parts.flat().join(''))
