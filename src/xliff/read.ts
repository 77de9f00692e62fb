import { safeDefinePost, type BilingualPost } from '../post/define.js'
import { XliffError } from './errors.js'
import { metaCategory, metadataNamespace, xliffNamespace } from './write.js'
import { parseXmlTree, type XmlElement } from './xml-tree.js'

function elements(parent: XmlElement, name: string, uri = xliffNamespace): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name && child.uri === uri)
}

function structure(message: string, at?: XmlElement): XliffError {
  return new XliffError('structure', message, at?.line, at?.column)
}

/** Text of `<data>` and `<mda:meta>`: characters and `<cp>` only. */
function plainContent(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child
      if (child.name === 'cp' && child.uri === xliffNamespace) return codePoint(child)
      throw structure(`Unexpected <${child.name}> inside <${element.name}>`, child)
    })
    .join('')
}

function codePoint(element: XmlElement): string {
  const hex = element.attributes.hex ?? ''
  if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || Number.parseInt(hex, 16) > 0x10ffff) throw structure(`<cp hex="${hex}"> is not a code point`, element)
  return String.fromCodePoint(Number.parseInt(hex, 16))
}

/**
 * Inline content back to Markdown: text as is, `<cp>` as its character, and
 * each code as its original data, so that what the translator could not
 * change comes from `<originalData>`, not from what the target says. Codes
 * that tools write instead of `<pc>` (`<sc>`/`<ec>`) and annotations
 * (`<mrk>`, `<sm>`, `<em>`) are understood too.
 */
function inlineContent(element: XmlElement, data: ReadonlyMap<string, string>): string {
  const ref = (code: XmlElement, attribute: string): string => {
    const id = code.attributes[attribute]
    if (id === undefined) return code.attributes.equiv ?? ''
    const value = data.get(id)
    if (value === undefined) throw structure(`<${code.name}> refers to data "${id}", which <originalData> does not hold`, code)
    return value
  }
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child
      if (child.uri !== xliffNamespace) throw structure(`Unexpected <${child.name}> in ${element.name}`, child)
      switch (child.name) {
        case 'cp':
          return codePoint(child)
        case 'ph':
          return ref(child, 'dataRef')
        case 'sc':
          return ref(child, 'dataRef')
        case 'ec':
          return ref(child, 'dataRef')
        case 'pc':
          return ref(child, 'dataRefStart') + inlineContent(child, data) + ref(child, 'dataRefEnd')
        case 'mrk':
          return inlineContent(child, data)
        case 'sm':
        case 'em':
          return ''
        default:
          throw structure(`Unexpected <${child.name}> in ${element.name}`, child)
      }
    })
    .join('')
}

/** English and French of a unit: its segments (and ignorables) in order, so that a tool that split a text into sentences is read right. */
function unitTexts(unit: XmlElement): { en: string; fr: string } {
  const data = new Map<string, string>()
  for (const original of elements(unit, 'originalData')) {
    for (const item of elements(original, 'data')) data.set(item.attributes.id ?? '', plainContent(item))
  }
  let en = ''
  let fr = ''
  const parts = unit.children.filter((child): child is XmlElement => typeof child !== 'string' && (child.name === 'segment' || child.name === 'ignorable'))
  if (parts.length === 0) throw structure(`Unit "${unit.attributes.id ?? ''}" has no segment`, unit)
  for (const part of parts) {
    const source = elements(part, 'source')[0]
    const target = elements(part, 'target')[0]
    if (source === undefined) throw structure(`A segment of unit "${unit.attributes.id ?? ''}" has no <source>`, part)
    en += inlineContent(source, data)
    if (target === undefined) {
      if (part.name === 'segment') throw structure(`A segment of unit "${unit.attributes.id ?? ''}" has no <target>: the French is missing`, part)
      fr += inlineContent(source, data) // an ignorable (whitespace between segments) may omit its target
    } else {
      fr += inlineContent(target, data)
    }
  }
  return { en, fr }
}

function metadataOf(file: XmlElement): Map<string, string> {
  const meta = new Map<string, string>()
  for (const block of elements(file, 'metadata', metadataNamespace)) {
    for (const group of elements(block, 'metaGroup', metadataNamespace)) {
      if (group.attributes.category !== metaCategory) continue
      for (const item of elements(group, 'meta', metadataNamespace)) meta.set(item.attributes.type ?? '', plainContent(item))
    }
  }
  return meta
}

function postOf(file: XmlElement): BilingualPost {
  const meta = metadataOf(file)
  const units = new Map(elements(file, 'unit').map((unit) => [unit.attributes.id ?? '', unit]))
  const textUnit = units.get('text')
  if (textUnit === undefined) throw structure(`<file id="${file.attributes.id ?? ''}"> has no unit "text"`, file)
  const text = unitTexts(textUnit)
  const titleUnit = units.get('title')
  const mediaCount = Number(meta.get('media') ?? '0')
  const media = Array.from({ length: mediaCount }, (_, index) => {
    const altUnit = units.get(`alt-${index}`)
    if (altUnit === undefined) throw structure(`<file id="${file.attributes.id ?? ''}"> has no unit "alt-${index}" for media ${index}`, file)
    const url = meta.get(`media.${index}.url`)
    return { ...(url === undefined ? {} : { url }), type: meta.get(`media.${index}.type`) ?? 'image', alt: unitTexts(altUnit) }
  })
  const platforms = meta.get('platforms')
  const input = {
    ...(meta.has('id') ? { id: meta.get('id') } : {}),
    en: text.en,
    fr: text.fr,
    ...(platforms === undefined ? {} : { platforms: platforms === '' ? [] : platforms.split(' ') }),
    media,
    ...(titleUnit === undefined ? {} : { title: unitTexts(titleUnit) }),
    ...(meta.has('publishAt') ? { publishAt: meta.get('publishAt') } : {}),
  }
  const result = safeDefinePost(input)
  if (!result.success)
    throw new XliffError('invalid-post', `<file id="${file.attributes.id ?? ''}"> does not make a valid post: ${result.error.message}`, file.line, file.column, { cause: result.error })
  return result.post
}

/**
 * Reads an XLIFF 2.0 document written by `toXliff` (and revised by a
 * translator) back into posts: English from the sources, French from the
 * targets, protected codes from `<originalData>`.
 *
 * @throws {XliffError} `doctype` for any DOCTYPE or ENTITY declaration, `malformed` for XML that is not well-formed, `structure` for a document that is not XLIFF 2.0 as written by `toXliff` (a missing target, an unknown data reference), `invalid-post` when a post read back is not valid.
 * @example
 * import { readFileSync } from 'node:fs'
 * const posts = fromXliff(readFileSync('posts.fr.xlf', 'utf8'))
 */
export function fromXliff(xml: string): BilingualPost[] {
  if (typeof xml !== 'string') throw new TypeError(`fromXliff() takes a string, got ${typeof xml}.`)
  const root = parseXmlTree(xml)
  if (root.name !== 'xliff' || root.uri !== xliffNamespace) throw structure(`The root element is <${root.name}>, not an XLIFF 2.0 <xliff> (namespace ${xliffNamespace})`, root)
  if (!/^2\.\d+$/.test(root.attributes.version ?? '')) throw structure(`XLIFF version ${root.attributes.version ?? '(none)'} is not supported; expected 2.0`, root)
  return elements(root, 'file').map(postOf)
}
