import { type Document, isMap, isPair, isScalar, parseDocument } from 'yaml'
import { lineStartsOf, pointAt } from '../checks/diagnostic.js'
import { safeDefinePost } from '../post/define.js'
import { type Lang, languages } from '../post/language.js'
import { byPlace, fileProblem, type PostFileProblem, problemForIssue } from './problem.js'
import { fieldPath, type FilePoint, type PostFile } from './types.js'

/*
 * The bilingual Markdown post file (`.md`):
 *
 *   ---
 *   id: flu-clinics-2026
 *   platforms: [x, bluesky]
 *   ---
 *
 *   <!-- en -->
 *   Flu clinics open Monday. #FluSeason
 *
 *   <!-- fr -->
 *   Les cliniques ouvrent lundi. #SaisonDeLaGrippe
 *
 * Markers are HTML comments on a line of their own: a person can type them,
 * Markdown previews hide them, and no post needs a line that is only
 * `<!-- en -->`. Everything a post has besides its two texts goes in the YAML
 * front matter, with the same names as in JSON.
 */

const openingFence = /^---[ \t]*$/
const closingFence = /^(?:---|\.\.\.)[ \t]*$/
const sectionMarker = /^[ \t]*<!--[ \t]*(en|fr)[ \t]*-->[ \t]*$/i
/** A one-line HTML comment outside the sections is a note to the team, not post text. */
const noteLine = /^[ \t]*<!--.*-->[ \t]*$/
const blankLine = /^[ \t]*$/

interface Section {
  readonly markerLine: number
  /** File line of the first line of the text (after blank lines dropped). */
  readonly firstLine: number
  readonly text: string
}

interface FrontMatter {
  readonly values: Record<string, unknown>
  readonly document: Document | undefined
  readonly source: string
  /** File line of the front matter's first line. */
  readonly firstLine: number
  /** Index in `lines` of the first line after the front matter. */
  readonly bodyStart: number
}

function defaultId(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file
  return name.replace(/\.(?:md|markdown)$/i, '')
}

function readFrontMatter(lines: readonly string[], problems: PostFileProblem[]): FrontMatter | undefined {
  const none: FrontMatter = { values: {}, document: undefined, source: '', firstLine: 1, bodyStart: 0 }
  if (!openingFence.test(lines[0] ?? '')) return none
  const close = lines.findIndex((line, index) => index > 0 && closingFence.test(line))
  if (close === -1) {
    problems.push(fileProblem('unclosedFrontMatter', {}, { line: 1, column: 1 }))
    return undefined
  }
  const source = lines.slice(1, close).join('\n')
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false })
  const firstLine = 2
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const at = pointAt(source, error.pos[0])
      problems.push(fileProblem('invalidFrontMatter', { reason: error.message }, { line: firstLine + at.line - 1, column: at.column }))
    }
    return undefined
  }
  const values: unknown = document.toJS() ?? {}
  if (values === null || typeof values !== 'object' || Array.isArray(values) || (document.contents !== null && !isMap(document.contents))) {
    problems.push(fileProblem('frontMatterNotMapping', {}, { line: firstLine, column: 1 }))
    return undefined
  }
  return { values: values as Record<string, unknown>, document, source, firstLine, bodyStart: close + 1 }
}

function readSections(lines: readonly string[], bodyStart: number, problems: PostFileProblem[]): Partial<Record<Lang, Section>> {
  const sections: Partial<Record<Lang, Section>> = {}
  let current: { lang: Lang; markerLine: number; lines: string[]; duplicate: boolean } | undefined
  const finish = () => {
    if (current === undefined || current.duplicate) return
    let start = 0
    let end = current.lines.length
    while (start < end && blankLine.test(current.lines[start] as string)) start++
    while (end > start && blankLine.test(current.lines[end - 1] as string)) end--
    sections[current.lang] = { markerLine: current.markerLine, firstLine: current.markerLine + 1 + start, text: current.lines.slice(start, end).join('\n') }
  }
  lines.slice(bodyStart).forEach((line, index) => {
    const lineNumber = bodyStart + index + 1
    const marker = sectionMarker.exec(line)
    if (marker) {
      finish()
      const lang = (marker[1] as string).toLowerCase() as Lang
      const first = sections[lang]
      if (first) problems.push(fileProblem('duplicateSection', { lang, firstLine: first.markerLine }, { line: lineNumber, column: 1 }))
      current = { lang, markerLine: lineNumber, lines: [], duplicate: first !== undefined }
    } else if (current) {
      current.lines.push(line)
    } else if (!blankLine.test(line) && !noteLine.test(line)) {
      if (!problems.some((problem) => problem.code === 'strayText')) problems.push(fileProblem('strayText', {}, { line: lineNumber, column: 1 }))
    }
  })
  finish()
  return sections
}

/** Point in the file of character `offset` of a front-matter string at `path`; its start when quoting or folding makes the two differ. */
function frontMatterPoint(front: FrontMatter, path: readonly (string | number)[], offset = 0): FilePoint | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const node = front.document?.getIn(path.slice(0, depth), true)
    if (isScalar(node) && node.range) {
      const [start, end] = node.range
      const raw = front.source.slice(start, end)
      const value = String(node.value)
      const shift = depth < path.length ? 0 : raw === value ? offset : raw.slice(1, -1) === value ? offset + 1 : 0
      const at = pointAt(front.source, start + shift)
      return { line: front.firstLine + at.line - 1, column: at.column }
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range
    if (range) {
      const at = pointAt(front.source, range[0])
      return { line: front.firstLine + at.line - 1, column: at.column }
    }
  }
  return undefined
}

/** Point in the file of the key at `path` in the front matter (an unknown key), or of the value nearest to it. */
function frontMatterKeyPoint(front: FrontMatter, path: readonly (string | number)[]): FilePoint | undefined {
  const parent = path.length === 1 ? front.document?.contents : front.document?.getIn(path.slice(0, -1), true)
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(path[path.length - 1]))
    const range = isScalar(pair?.key) ? pair.key.range : undefined
    if (range) {
      const at = pointAt(front.source, range[0])
      return { line: front.firstLine + at.line - 1, column: at.column }
    }
  }
  return frontMatterPoint(front, path)
}

/**
 * Reads a bilingual Markdown post file (see the format above and in
 * the README, "Post files"). The post's `id` is the front matter's, or the file
 * name without `.md`. Positions of diagnostics map to lines of the file.
 */
export function parseMarkdownPost(text: string, file: string): PostFile {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
  const problems: PostFileProblem[] = []
  const front = readFrontMatter(lines, problems)
  if (front === undefined) return { file, posts: [], problems }
  for (const lang of languages) {
    if (lang in front.values) problems.push(fileProblem('textInFrontMatter', { key: lang }, frontMatterPoint(front, [lang]) ?? {}))
  }
  const sections = readSections(lines, front.bodyStart, problems)
  for (const lang of languages) {
    if (sections[lang] === undefined) problems.push(fileProblem('missingSection', { lang }, { line: lines.length, column: 1 }))
  }
  if (problems.length > 0) return { file, posts: [], problems }
  const en = sections.en as Section
  const fr = sections.fr as Section
  const result = safeDefinePost({ id: defaultId(file), ...front.values, en: en.text, fr: fr.text })
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [key] = issue.path
      // A bad text (a lone surrogate) is in its section; anything else is in the front matter.
      const section = issue.path.length === 1 && (key === 'en' || key === 'fr') ? sections[key] : undefined
      const place = (section === undefined ? undefined : { line: section.firstLine, column: 1 }) ??
        (issue.code === 'unrecognized_keys' ? frontMatterKeyPoint(front, issue.path) : frontMatterPoint(front, issue.path)) ?? { line: 1, column: 1 }
      problems.push(problemForIssue(issue, { ...place, postIndex: 0 }))
    }
    return { file, posts: [], problems: problems.sort(byPlace) }
  }
  const start: FilePoint = { line: 1, column: 1 }
  // Line starts of each section, made when first needed and kept with this file's result, for the many offsets located in it.
  const sectionStarts: Partial<Record<'en' | 'fr', readonly number[]>> = {}
  return {
    file,
    problems,
    posts: [
      {
        post: result.post,
        index: 0,
        locate: ({ lang, field = 'text', offset = 0 }) => {
          if (lang === undefined) return start
          if (field === 'text') {
            const section = lang === 'en' ? en : fr
            const at = pointAt(section.text, offset, (sectionStarts[lang] ??= lineStartsOf(section.text)))
            return { line: section.firstLine + at.line - 1, column: at.column }
          }
          const path = fieldPath(lang, field)
          return (path && frontMatterPoint(front, path, offset)) ?? start
        },
      },
    ],
  }
}
