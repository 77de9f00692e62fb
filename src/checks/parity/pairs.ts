import type { RuleContext } from '../rule.js'
import { type Found, foldCase } from './entities.js'

/**
 * Reports hashtags or mentions that do not correspond. Tags equal in both
 * languages (case and accents aside) correspond; so do the pairs the user
 * names in `pairs`. What is left over is compared by count: a translated tag
 * with no pair given is accepted when the counts agree, but a mapped tag whose
 * counterpart is missing is always reported.
 */
export function reportUnpaired(context: RuleContext, en: readonly Found[], fr: readonly Found[]): void {
  if (en.length === 0 && fr.length === 0) return
  const pairs = new Map<string, string>()
  for (const [enTag, frTag] of Object.entries(context.options.pairs ?? {})) pairs.set(foldCase(enTag), foldCase(frTag))
  // Each tag folded once, not once per comparison.
  const frLeft = [...fr]
  const frLeftKeys = frLeft.map((item) => foldCase(item.value))
  const enLeft: Found[] = []
  const enLeftKeys: string[] = []
  for (const item of en) {
    const key = foldCase(item.value)
    const pair = pairs.get(key)
    const index = frLeftKeys.findIndex((frKey) => frKey === key || pair === frKey)
    if (index === -1) {
      enLeft.push(item)
      enLeftKeys.push(key)
    } else {
      frLeft.splice(index, 1)
      frLeftKeys.splice(index, 1)
    }
  }
  const mappedFr = new Set(pairs.values())
  enLeft.forEach((item, index) => {
    const key = enLeftKeys[index] as string
    if (pairs.get(key) !== undefined) {
      context.report({ messageId: 'missingPair', lang: 'en', range: { start: item.start, end: item.end }, data: { value: item.value, pair: Object.entries(context.options.pairs ?? {}).find(([k]) => foldCase(k) === key)?.[1] } })
    }
  })
  frLeft.forEach((item, index) => {
    const key = frLeftKeys[index] as string
    if (mappedFr.has(key)) {
      const pair = Object.entries(context.options.pairs ?? {}).find(([, v]) => foldCase(v) === key)?.[0]
      context.report({ messageId: 'missingPair', lang: 'fr', range: { start: item.start, end: item.end }, data: { value: item.value, pair } })
    }
  })
  if (en.length !== fr.length) {
    const [extra, lang] = en.length > fr.length ? ([enLeft, 'en'] as const) : ([frLeft, 'fr'] as const)
    const first = extra[0]
    context.report({
      messageId: 'count',
      lang,
      ...(first === undefined ? {} : { range: { start: first.start, end: (extra.at(-1) as Found).end } }),
      data: { en: en.length, fr: fr.length, unmatched: extra.map((e) => e.value) },
    })
  }
}
