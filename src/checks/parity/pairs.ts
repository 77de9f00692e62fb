import type { RuleContext } from '../rule.js'
import { type Found, foldCase } from './entities.js'

/**
 * Reports, with a fix, each tag of a pair used in the other language's text:
 * the English `@HealthCanada` left in the French text (its pair `@SanteCanada`
 * declared), the French `#SaisonGrippe` in the English. A tag that is a
 * declared form of its own language too (both sides of some pair, or paired
 * with itself) is not reported; an unpaired tag used in both languages is
 * accepted. Replacing it with the declared pair keeps the meaning: the user
 * said the two tags correspond.
 */
function reportWrongLanguage(context: RuleContext, en: readonly Found[], fr: readonly Found[], frKeys: readonly string[]): void {
  const toFrench = new Map<string, string>()
  const toEnglish = new Map<string, string>()
  // The first declaration wins when two pairs name the same tag.
  for (const [enTag, frTag] of Object.entries(context.options.pairs ?? {})) {
    const enKey = foldCase(enTag)
    const frKey = foldCase(frTag)
    if (!toFrench.has(enKey)) toFrench.set(enKey, frTag)
    if (!toEnglish.has(frKey)) toEnglish.set(frKey, enTag)
  }
  en.forEach((item) => {
    const key = foldCase(item.value)
    const pair = toEnglish.get(key)
    // A declared English form too (`#Québec` on both sides, a tag paired with itself) is right here.
    if (pair === undefined || toFrench.has(key)) return
    context.report({ messageId: 'frenchInEnglish', lang: 'en', range: { start: item.start, end: item.end }, replacement: pair, data: { value: item.value, pair } })
  })
  fr.forEach((item, index) => {
    const key = frKeys[index] as string
    const pair = toFrench.get(key)
    if (pair === undefined || toEnglish.has(key)) return
    context.report({ messageId: 'englishInFrench', lang: 'fr', range: { start: item.start, end: item.end }, replacement: pair, data: { value: item.value, pair } })
  })
}

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
  // Each English tag takes the first French tag left with its pair's key, else its own. The French
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
    // The declared pair first: an English tag left in the French text is then the one left over.
    const paired = firstLeft(pairs.get(key))
    const index = paired === fr.length ? firstLeft(key) : paired
    if (index === fr.length) {
      enLeft.push(item)
      enLeftKeys.push(key)
    } else frPaired[index] = 1
  }
  const frLeft = fr.filter((_, index) => frPaired[index] === 0)
  if (pairs.size > 0) {
    reportWrongLanguage(context, en, fr, frKeys)
    enLeft.forEach((item, index) => {
      const key = enLeftKeys[index] as string
      if (pairs.get(key) !== undefined) {
        context.report({
          messageId: 'missingPair',
          lang: 'en',
          range: { start: item.start, end: item.end },
          data: { value: item.value, pair: Object.entries(context.options.pairs ?? {}).find(([k]) => foldCase(k) === key)?.[1] },
        })
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
