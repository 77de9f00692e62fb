/**
 * Seeded generator of realistic English/French post texts, shared by tests and
 * benchmarks so oracles and our code always see the same strings.
 */

/** Small, fast, seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = {
  en: 'the flu clinics open Monday find one near you apply by January passport offices will wildfire alert evacuation order is in effect students summer jobs consultation share your views on proposed regulations online services unavailable payments not affected'.split(
    ' ',
  ),
  fr: 'les cliniques de vaccination contre la grippe ouvrent lundi trouvez-en une près de chez vous postulez d’ici janvier bureaux des passeports ouvriront alerte feu de forêt ordre d’évacuation vigueur étudiants emplois été consultation donnez votre avis règlement proposé services en ligne inaccessibles paiements ne seront pas touchés Québec Montréal Trois-Rivières à côté élève où ça'.split(
    ' ',
  ),
}

const pieces = [
  'https://www.canada.ca/fr/sante-publique/grippe.html',
  'https://www.canada.ca/en/public-health/flu.html',
  'canada.ca/fr',
  'www.canada.ca/en/services',
  'http://example.com/a_b?x=1&y=2#frag',
  'https://canada.ca/fr!',
  '« https://canada.ca/fr »',
  'canada.ca/fr\u00a0!',
  '#SaisonDeLaGrippe',
  '#FluSeason',
  '#Québec',
  '#EmploisÉtudiants',
  '@SanteCanada',
  '@HealthCanada',
  '@user@mastodon.social',
  'e\u0301te\u0301',
  'été',
  '\u00a0:',
  '\u202f!',
  '«\u00a0Lavez-vous les mains\u00a0»',
  '1\u00a0500,50\u00a0$',
  '$1,500',
  '14 h 30',
  '2:30 p.m.',
  '15 %',
  '😀',
  '🎉',
  '👨‍👩‍👧‍👦',
  '👍🏽',
  '🇨🇦',
  '🏳️‍🌈',
  '1️⃣',
  '#️⃣',
  '©',
  '®',
  '™',
  '❤️',
  '☀',
  '日本語のテキスト',
  '한국어',
  '𝗯𝗼𝗹𝗱',
  '\n',
  '\n\n',
  '—',
  '…',
  '’',
]

/** One generated post text of `minLength`–`maxLength` UTF-16 units. */
export function generateText(random: () => number, lang: 'en' | 'fr', minLength = 20, maxLength = 600): string {
  const target = minLength + Math.floor(random() * (maxLength - minLength))
  const list = words[lang]
  let text = ''
  while (text.length < target) {
    const r = random()
    const piece = r < 0.22 ? (pieces[Math.floor(random() * pieces.length)] as string) : (list[Math.floor(random() * list.length)] as string)
    const sep = random() < 0.08 ? '' : random() < 0.05 ? '\u00a0' : ' '
    text += text === '' ? piece : sep + piece
    if (random() < 0.05) text += random() < 0.5 ? '.' : random() < 0.5 ? '!' : ' :'
  }
  return text
}

/** `count` generated texts, alternating English and French. */
export function generateCorpus(count: number, seed = 2026, minLength = 20, maxLength = 600): string[] {
  const random = seededRandom(seed)
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(generateText(random, i % 2 === 0 ? 'en' : 'fr', minLength, maxLength))
  return out
}
