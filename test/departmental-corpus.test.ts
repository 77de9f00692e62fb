// The departmental corpus (test/fixtures/departmental-corpus.json), written for this suite in the style of
// federal accounts: recalls, tax deadlines, weather warnings, statistics releases, job postings, events,
// consultations. Every correct post must pass on all eight platforms with the corpus's `pairs` (a false
// alarm on a correct official post is a defect); every planted defect must be caught by the rule named.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Diagnostic, check, definePost, platformIds } from '../src/index.js'
import { unmark } from './support/notation.js'

interface CorpusMedia {
  readonly url: string
  readonly type: 'image' | 'video' | 'gif'
  readonly alt: { readonly en: string; readonly fr: string }
}
interface CorpusPost {
  readonly id: string
  readonly topic: string
  readonly en: string
  readonly fr: string
  readonly platforms?: readonly string[]
  readonly media?: readonly CorpusMedia[]
  /** For a planted defect: the rule that must report it, and what is wrong. */
  readonly defect?: string
  readonly note?: string
}
interface Corpus {
  readonly pairs: Record<string, string>
  readonly correct: readonly CorpusPost[]
  readonly defects: readonly CorpusPost[]
}

const read = (name: string): Corpus => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Corpus
const corpus = read('departmental-corpus.json')
/**
 * A second set written apart from the first, after the rules were built and before its results were seen
 * (the "realistic content you have not seen"); it uses the main corpus's pairs.
 */
const holdout = read('departmental-holdout.json')

function postOf(entry: CorpusPost) {
  return definePost({
    id: entry.id,
    en: unmark(entry.en),
    fr: unmark(entry.fr),
    ...(entry.platforms === undefined ? {} : { platforms: entry.platforms }),
    ...(entry.media === undefined ? {} : { media: entry.media.map((m) => ({ ...m, alt: { en: unmark(m.alt.en), fr: unmark(m.alt.fr) } })) }),
  })
}

const describeDiagnostic = (d: Diagnostic): string => `${d.ruleId} (${d.severity}, ${d.lang ?? '-'}, ${d.platform ?? '-'}): ${d.message.en}`
const alarms = (entry: CorpusPost): string[] =>
  check(postOf(entry), { pairs: corpus.pairs })
    .diagnostics.filter((d) => d.severity !== 'info')
    .map(describeDiagnostic)

describe('departmental corpus (test/fixtures/departmental-corpus.json)', () => {
  it('holds at least 150 posts, at least 50 of them planted defects, on at least ten topics', () => {
    expect(corpus.correct.length + corpus.defects.length).toBeGreaterThanOrEqual(150)
    expect(corpus.defects.length).toBeGreaterThanOrEqual(50)
    expect(new Set([...corpus.correct, ...corpus.defects].map((p) => p.topic)).size).toBeGreaterThanOrEqual(10)
    expect(new Set([...corpus.correct, ...corpus.defects].map((p) => p.id)).size).toBe(corpus.correct.length + corpus.defects.length)
    // Correct posts are checked on every platform: none of them narrows the list.
    expect(corpus.correct.every((p) => p.platforms === undefined)).toBe(true)
    expect(platformIds.length).toBe(8)
  })

  describe('correct posts: no warning and no error on any of the eight platforms', () => {
    it.each(corpus.correct.map((p) => [p.id, p] as const))('%s', (_, entry) => {
      expect(alarms(entry)).toEqual([])
    })
  })

  describe('planted defects: each caught by its rule', () => {
    it.each(corpus.defects.map((p) => [`${p.id} → ${p.defect}`, p] as const))('%s', (_, entry) => {
      const fired = check(postOf(entry), { pairs: corpus.pairs }).diagnostics.filter((d) => d.severity !== 'info')
      expect(fired.map((d) => d.ruleId)).toContain(entry.defect)
    })
  })

  // A post written in code is often a template literal: a line feed first and last, each line indented.
  it('reports the same on every post written as an indented template literal', () => {
    const inTemplate = (text: string) => `\n  ${text.split('\n').join('\n  ')}\n`
    const findings = (entry: CorpusPost, write: (text: string) => string) =>
      check(postOf({ ...entry, en: write(entry.en), fr: write(entry.fr) }), { pairs: corpus.pairs })
        .diagnostics.map((d) => `${d.ruleId} ${d.lang ?? '-'} ${d.platform ?? '-'} ${JSON.stringify(d.data)} ${d.message.en}`)
        .sort()
    for (const entry of [...corpus.correct, ...corpus.defects]) expect(findings(entry, inTemplate), entry.id).toEqual(findings(entry, (text) => text))
  })

  it('prints the corpus figures the README gives', () => {
    const clean = corpus.correct.filter((p) => alarms(p).length === 0).length
    const caught = corpus.defects.filter((p) => check(postOf(p), { pairs: corpus.pairs }).diagnostics.some((d) => d.severity !== 'info' && d.ruleId === p.defect)).length
    const rules = new Set(corpus.defects.map((p) => p.defect)).size
    console.log(`departmental corpus: ${clean}/${corpus.correct.length} correct posts clean on 8 platforms, ${caught}/${corpus.defects.length} planted defects caught (${rules} rules)`)
    expect(clean).toBe(corpus.correct.length)
    expect(caught).toBe(corpus.defects.length)
  })
})

describe('held-out departmental posts (test/fixtures/departmental-holdout.json)', () => {
  it('holds at least 40 correct posts and 15 planted defects', () => {
    expect(holdout.correct.length).toBeGreaterThanOrEqual(40)
    expect(holdout.defects.length).toBeGreaterThanOrEqual(15)
  })

  it.each(holdout.correct.map((p) => [p.id, p] as const))('correct: %s', (_, entry) => {
    expect(alarms(entry)).toEqual([])
  })

  it.each(holdout.defects.map((p) => [`${p.id} → ${p.defect}`, p] as const))('defect: %s', (_, entry) => {
    const fired = check(postOf(entry), { pairs: corpus.pairs }).diagnostics.filter((d) => d.severity !== 'info')
    expect(fired.map((d) => d.ruleId)).toContain(entry.defect)
  })
})
