import { generateCorpus } from '../test/support/corpus.js'

/** The benchmark corpus: 2,000 bilingual posts (4,000 texts) of 50–1,200 characters, seeded. */
export function benchCorpus(posts = 2000): Array<{ en: string; fr: string }> {
  const texts = generateCorpus(posts * 2, 2026, 50, 1200)
  const out: Array<{ en: string; fr: string }> = []
  for (let i = 0; i < texts.length; i += 2) out.push({ en: texts[i] as string, fr: texts[i + 1] as string })
  return out
}
