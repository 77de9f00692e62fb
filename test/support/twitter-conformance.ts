// The twitter-text conformance files in ../shared, read at test time (never converted to static cases).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const conformanceDir = fileURLToPath(new URL('../../../shared/conformance/twitter-text/', import.meta.url))
/** False in a user's clone without ../shared: the suites that need the files skip, with a printed reason. */
export const hasConformance = existsSync(`${conformanceDir}extract.yml`)
if (!hasConformance) console.warn(`twitter-text conformance files not found in ${conformanceDir}; skipping the conformance suite.`)

export interface ConformanceCase<E> {
  description: string
  text: string
  expected: E
}

/** The cases of one section (`urls`, `hashtags_with_indices`, …) of `extract.yml` or `validate.yml`. */
export function conformanceSection<E>(file: 'extract.yml' | 'validate.yml', name: string): Array<ConformanceCase<E>> {
  const doc = parseYaml(readFileSync(`${conformanceDir}${file}`, 'utf8')) as { tests: Record<string, Array<ConformanceCase<E>>> }
  return doc.tests[name] ?? []
}

/** Conformance indices count code points; ours are UTF-16 offsets. */
export function utf16Offset(text: string, codePointIndex: number): number {
  return [...text].slice(0, codePointIndex).join('').length
}
