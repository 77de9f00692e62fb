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
  // Each tag folded once, not once per comparison; a French tag paired is marked rather than spliced out.
  const frKeys = fr.map((item) => foldCase(item.value))
  const frPaired = new Uint8Array(fr.length)
  // Each English tag takes the first French tag left with its key or its pair's. The French
  // positions are queued by key, so this is linear in the tags, not their product (a 1 MB
  // text holds thousands).
  const frByKey = new Map<string, { readonly positions: number[]; next: number }>()
  frKeys.forEach((key, index) => {
    const queue = frByKey.get(key)
    if (queue === undefined) frByKey.set(key, { positions: [index], next: 0 })
    else queue.positions.push(index)
  })
  const firstLeft = (key: string | undefined): number => {
    const queue = key === undefined ? undefined : frByKey.get(key)
    if (queue === undefined) return fr.length
    while (queue.next < queue.positions.length && frPaired[queue.positions[queue.next] as number] === 1) queue.next++
    return queue.positions[queue.next] ?? fr.length
  }
  const enLeft: Found[] = []
  const enLeftKeys: string[] = []
  for (const item of en) {
    const key = foldCase(item.value)
    const index = Math.min(firstLeft(key), firstLeft(pairs.get(key)))
    if (index === fr.length) {
      enLeft.push(item)
      enLeftKeys.push(key)
    } else frPaired[index] = 1
  }
  const frLeft = fr.filter((_, index) => frPaired[index] === 0)
  if (pairs.size > 0) {
    enLeft.forEach((item, index) => {
      const key = enLeftKeys[index] as string
      if (pairs.get(key) !== undefined) {
        context.report({ messageId: 'missingPair', lang: 'en', range: { start: item.start, end: item.end }, data: { value: item.value, pair: Object.entries(context.options.pairs ?? {}).find(([k]) => foldCase(k) === key)?.[1] } })
      }
    })
    const mappedFr = new Set(pairs.values())
    for (const [index, item] of fr.entries()) {
      const key = frKeys[index] as string
      if (frPaired[index] === 0 && mappedFr.has(key)) {
        const pair = Object.entries(context.options.pairs ?? {}).find(([, v]) => foldCase(v) === key)?.[0]
        context.report({ messageId: 'missingPair', lang: 'fr', range: { start: item.start, end: item.end }, data: { value: item.value, pair } })
      }
    }
  }
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
