import type { BilingualPost } from '../post/define.js'
import { type InlinePiece, splitInlineCodes } from './inline-codes.js'
import { xmlAttribute, xmlText } from './xml-text.js'

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0'
/** Category of the `mda:metaGroup` that holds what a translator does not translate (id, platforms, media URLs). */
export const metaCategory = 'bilingual-posts'

/** One translatable text of a post: its unit id, English source, French target. */
interface UnitText {
  readonly id: string
  readonly en: string
  readonly fr: string
}

function unitsOf(post: BilingualPost): UnitText[] {
  return [
    { id: 'text', en: post.en, fr: post.fr },
    ...(post.title === undefined ? [] : [{ id: 'title', en: post.title.en, fr: post.title.fr }]),
    ...post.media.map((item, index) => ({ id: `alt-${index}`, en: item.alt.en, fr: item.alt.fr })),
  ]
}

function metadataOf(post: BilingualPost): Array<[string, string]> {
  const meta: Array<[string, string]> = []
  if (post.id !== undefined) meta.push(['id', post.id])
  meta.push(['platforms', post.platforms.join(' ')])
  if (post.publishAt !== undefined) meta.push(['publishAt', post.publishAt])
  meta.push(['media', String(post.media.length)])
  post.media.forEach((item, index) => {
    meta.push([`media.${index}.type`, item.type])
    if (item.url !== undefined) meta.push([`media.${index}.url`, item.url])
  })
  return meta
}

const protectedCode = 'canCopy="no" canDelete="no"'
const codeTypes: Record<Exclude<InlinePiece['kind'], 'text' | 'link'>, string> = {
  hashtag: 'type="other" subType="bp:hashtag"',
  mention: 'type="other" subType="bp:mention"',
  url: 'type="link" subType="bp:url"',
}

/** Original data of a unit: each protected string once, referred to by id. */
class OriginalData {
  private readonly ids = new Map<string, string>()
  ref(content: string): string {
    let id = this.ids.get(content)
    if (id === undefined) {
      id = `d${this.ids.size + 1}`
      this.ids.set(content, id)
    }
    return id
  }
  toXml(indent: string): string {
    if (this.ids.size === 0) return ''
    const entries = [...this.ids].map(([content, id]) => `${indent}  <data id="${id}">${xmlText(content)}</data>`)
    return `${indent}<originalData>\n${entries.join('\n')}\n${indent}</originalData>\n`
  }
}

/**
 * Inline content of a source or target. A code in the target gets the id of
 * the source code with the same original data (the same URL or hashtag), so
 * that tools show them as the same code; a code only the French has (its own
 * hashtag, its French URL) gets an id of its own.
 */
function inlineXml(pieces: readonly InlinePiece[], data: OriginalData, ids: { next: number; bySource: Map<string, string[]> | undefined; record: Map<string, string[]> | undefined }): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return xmlText(piece.raw)
      const key = `${piece.kind}\u0000${piece.raw}`
      let id = ids.bySource?.get(key)?.shift()
      if (id === undefined) id = String(ids.next++)
      ids.record?.set(key, [...(ids.record.get(key) ?? []), id])
      if (piece.kind === 'link') {
        return `<pc id="${id}" type="link" ${protectedCode} canOverlap="no" dataRefStart="${data.ref(piece.open)}" dataRefEnd="${data.ref(piece.close)}">${xmlText(piece.label)}</pc>`
      }
      return `<ph id="${id}" ${codeTypes[piece.kind]} ${protectedCode} dataRef="${data.ref(piece.raw)}" disp="${xmlAttribute(piece.raw)}"/>`
    })
    .join('')
}

function unitXml(unit: UnitText): string {
  const data = new OriginalData()
  const sourceIds = new Map<string, string[]>()
  const counter = { next: 1, bySource: undefined, record: sourceIds }
  const source = inlineXml(splitInlineCodes(unit.en), data, counter)
  const target = inlineXml(splitInlineCodes(unit.fr), data, { next: counter.next, bySource: sourceIds, record: undefined })
  return `    <unit id="${unit.id}">
${data.toXml('      ')}      <segment>
        <source>${source}</source>
        <target>${target}</target>
      </segment>
    </unit>`
}

/**
 * Writes posts as one XLIFF 2.0 document for translators: English source,
 * French target (`en-CA` → `fr-CA`), one `<file>` per post, one `<unit>` per
 * text (the post, its title, each alt text). Markdown links, hashtags,
 * mentions and bare URLs are protected inline codes (`<pc>`/`<ph>` with
 * `canCopy="no" canDelete="no"`, their text in `<originalData>`): a
 * translator can reword a link's label but cannot break or drop the link.
 * What is not translated (id, platforms, media URLs, `publishAt`) travels in
 * `<mda:metadata>`. `fromXliff(toXliff(posts))` gives back equal posts.
 *
 * @example
 * import { writeFileSync } from 'node:fs'
 * writeFileSync('posts.xlf', toXliff([post]))
 */
export function toXliff(posts: readonly BilingualPost[]): string {
  const files = posts.map((post, index) => {
    const meta = metadataOf(post)
      .map(([type, value]) => `        <mda:meta type="${xmlAttribute(type)}">${xmlText(value)}</mda:meta>`)
      .join('\n')
    return `  <file id="f${index + 1}" xml:space="preserve">
    <mda:metadata>
      <mda:metaGroup category="${metaCategory}">
${meta}
      </mda:metaGroup>
    </mda:metadata>
${unitsOf(post).map(unitXml).join('\n')}
  </file>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${xliffNamespace}" xmlns:mda="${metadataNamespace}" version="2.0" srcLang="en-CA" trgLang="fr-CA">
${files.join('\n')}
</xliff>
`
}
