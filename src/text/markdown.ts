import type { Nodes, Parents, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** How a platform writes a link as plain text. */
export type LinkFormatter = (label: string, url: string) => string

/** A piece of rendered text and the range of Markdown source it came from. */
export interface SourceSpan {
  readonly start: number
  readonly end: number
  readonly sourceStart: number
  readonly sourceEnd: number
}

/** A link in rendered text: where its URL stands, and where the link was in the source. */
export interface RenderedLink {
  readonly url: string
  readonly label: string
  /** Range of the URL in the rendered text; where the URL is not written out (Bluesky), of the text that carries the link. */
  readonly start: number
  readonly end: number
  readonly sourceStart: number
  readonly sourceEnd: number
}

/** Plain text produced from Markdown, with a map back to the source. */
export interface RenderedText {
  readonly text: string
  readonly spans: readonly SourceSpan[]
  readonly links: readonly RenderedLink[]
}

const processor = unified().use(remarkParse)

/** Parses Markdown (CommonMark) once; the tree is shared by every platform's rendering. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}

const markdownCharacters = /[\\`*[\]\r]/
/** An underscore not between two letters or digits: only there can `_` open or close emphasis. */
const flankingUnderscore = /(?<![\p{L}\p{N}_])_|_(?![\p{L}\p{N}_])/u
/** A character or entity reference (`&eacute;`, `&#233;`): the only `&` the parser decodes. */
const characterReference = /&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/
/** `<` before anything but white space: an autolink (`<a@b.c>`, `<https://…>`) or raw HTML may start there. */
const openingAngle = /<\S/
const blockSyntaxLine = /^(?:[ \t]|#{1,6}(?:[ \t]|$)|[-+*=](?:[ \t]|$)|[-=]+[ \t]*$|\d{1,9}[.)](?:[ \t]|$)|>|~~~)/m
const trailingWhitespace = /[ \t]$/m

/**
 * True when `markdown` holds no Markdown syntax at all, so its rendering is the
 * text itself and the parser can be skipped (most posts). Conservative: any
 * doubt sends the text to the parser.
 */
export function isPlainText(markdown: string): boolean {
  return (
    holdsNoInlineSyntax(markdown) && !blockSyntaxLine.test(markdown) && !trailingWhitespace.test(markdown) && !markdown.includes('\n\n\n') && !markdown.startsWith('\n') && !markdown.endsWith('\n')
  )
}

/**
 * True when `markdown` holds no character the parser reads inline syntax in (escapes, code, emphasis, links,
 * character references, autolinks and HTML, CR). None of these tests matches across white space, so when the
 * whole text passes, every line of it, trimmed or not, passes too.
 */
function holdsNoInlineSyntax(markdown: string): boolean {
  return (
    !markdownCharacters.test(markdown) &&
    !(markdown.includes('_') && flankingUnderscore.test(markdown)) &&
    !(markdown.includes('&') && characterReference.test(markdown)) &&
    !(markdown.includes('<') && openingAngle.test(markdown))
  )
}

/** Most emphasis and link delimiters (`* _ [ ]`) the parser is given; its cost grows faster than linearly with them. */
const maxDelimiters = 1000
/** Most block containers (`>`, list markers) opening on one line. */
const maxContainerDepth = 16
const delimiter = /[*_[\]]/g
/** Container markers opening a line, tried at each line start (sticky): as a multiline `^…` pattern, tried at every place, it cost more than the rest of the test. */
const containerPrefix = /(?:[ \t]{0,3}(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)+/y
/** What a line ends with, for `^` in a multiline pattern: where the next line starts. */
const lineTerminator = /[\n\r\u2028\u2029]/g
const containerMarker = /(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)/g

/**
 * Why `markdown` is too complex to parse safely, or undefined. CommonMark
 * parsers are superlinear on thousands of nested delimiters or deeply nested
 * containers, so such text is taken literally (nothing is lost) and the
 * `markdown/too-complex` rule says so.
 */
export function markdownTooComplex(markdown: string): { reason: 'delimiters' | 'nesting'; count: number; limit: number } | undefined {
  let delimiters = 0
  delimiter.lastIndex = 0
  while (delimiter.exec(markdown) !== null) {
    if (++delimiters > maxDelimiters) return { reason: 'delimiters', count: (markdown.match(delimiter) ?? []).length, limit: maxDelimiters }
  }
  lineTerminator.lastIndex = 0
  for (let lineStart = 0; lineStart !== -1; lineStart = lineTerminator.test(markdown) ? lineTerminator.lastIndex : -1) {
    containerPrefix.lastIndex = lineStart
    const prefix = containerPrefix.exec(markdown)
    if (prefix === null) continue
    const depth = prefix[0].match(containerMarker)?.length ?? 0
    if (depth > maxContainerDepth) return { reason: 'nesting', count: depth, limit: maxContainerDepth }
  }
  return undefined
}

/**
 * The rendering of a text the parser need not see, or undefined when it must
 * be parsed: plain text and text too complex to parse safely are taken as
 * written; text whose only syntax is white space at line edges is trimmed.
 * Links are never involved, so the result serves every platform.
 */
export function renderWithoutParser(markdown: string): RenderedText | undefined {
  if (isPlainText(markdown) || markdownTooComplex(markdown) !== undefined) {
    return {
      text: markdown,
      spans: markdown === '' ? [] : [{ start: 0, end: markdown.length, sourceStart: 0, sourceEnd: markdown.length }],
      links: [],
    }
  }
  return withLineEdgesTrimmed(markdown)
}

const lineEdgeWhitespace = /^[ \t]|[ \t]$/m

/**
 * The rendering of a text that would be plain but for white space at the
 * edges of its lines and blank lines, which CommonMark drops from a
 * paragraph's lines (two or more spaces at a line's end make a hard break,
 * rendered as the same line break) and between paragraphs (blank lines, of
 * spaces and tabs or nothing, before the first, after the last, or several
 * in a row, are one paragraph break or none): each line trimmed, paragraphs
 * joined by one blank line, no parser. Undefined when anything else could
 * matter: indentation that could open a code block (a tab, or four spaces,
 * where a paragraph starts), a trimmed line that is not plain text on its
 * own, or no text at all.
 */
export function withLineEdgesTrimmed(markdown: string): RenderedText | undefined {
  // Inline syntax anywhere is inline syntax in a trimmed line: tested once, each line is then tested for block syntax only.
  const lineSyntax = lineEdgeWhitespace.test(markdown) || markdown.startsWith('\n') || markdown.endsWith('\n') || markdown.includes('\n\n\n')
  if (!lineSyntax || !holdsNoInlineSyntax(markdown)) return undefined
  let text = ''
  const spans: SourceSpan[] = []
  let lineStart = 0
  // Whether the next line of text starts a paragraph: the first one, or one after a blank line.
  let startsParagraph = true
  for (const line of markdown.split('\n')) {
    let start = 0
    while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++
    let end = line.length
    while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
    if (start === end) {
      startsParagraph = true
    } else {
      if (startsParagraph && (start > 3 || line.slice(0, start).includes('\t'))) return undefined
      const content = line.slice(start, end)
      // What else isPlainText asks of a text cannot happen in one trimmed line: white space at its end, line feeds.
      if (blockSyntaxLine.test(content)) return undefined
      if (spans.length > 0) text += startsParagraph ? '\n\n' : '\n'
      spans.push({ start: text.length, end: text.length + content.length, sourceStart: lineStart + start, sourceEnd: lineStart + end })
      text += content
      startsParagraph = false
    }
    lineStart += line.length + 1
  }
  return spans.length === 0 ? undefined : { text, spans, links: [] }
}

class Renderer {
  text = ''
  readonly spans: SourceSpan[] = []
  readonly links: RenderedLink[] = []
  private readonly definitions = new Map<string, string>()

  constructor(
    private readonly formatLink: LinkFormatter,
    root: Root,
  ) {
    collectDefinitions(root, this.definitions)
  }

  emit(value: string, node: Nodes | undefined): void {
    if (value === '') return
    const start = this.text.length
    this.text += value
    const sourceStart = node?.position?.start.offset
    const sourceEnd = node?.position?.end.offset
    if (sourceStart !== undefined && sourceEnd !== undefined) {
      this.spans.push({ start, end: this.text.length, sourceStart, sourceEnd })
    }
  }

  blocks(nodes: readonly RootContent[], separator: string): void {
    let first = true
    for (const node of nodes) {
      if (node.type === 'definition' || node.type === 'thematicBreak' || (node.type === 'html' && stripHtml(node.value) === '')) continue
      if (!first) this.emit(separator, undefined)
      first = false
      this.node(node)
    }
  }

  node(node: Nodes): void {
    switch (node.type) {
      case 'root':
        this.blocks(node.children, '\n\n')
        return
      case 'paragraph':
      case 'heading':
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'tableCell':
        this.inline(node)
        return
      case 'blockquote':
        this.blocks(node.children, '\n\n')
        return
      case 'list': {
        let index = node.start ?? 1
        let first = true
        for (const item of node.children) {
          if (!first) this.emit('\n', undefined)
          first = false
          this.emit(node.ordered ? `${index++}. ` : '• ', undefined)
          this.blocks(item.children, '\n')
        }
        return
      }
      case 'listItem':
        this.blocks(node.children, '\n')
        return
      case 'text':
      case 'inlineCode':
      case 'code':
        this.emit(node.value, node)
        return
      case 'break':
        this.emit('\n', node)
        return
      case 'html':
        this.emit(stripHtml(node.value), node)
        return
      case 'image':
        this.emit(node.alt ?? '', node)
        return
      case 'imageReference':
        this.emit(node.alt ?? '', node)
        return
      case 'link':
        this.link(node.url, node)
        return
      case 'linkReference': {
        const url = this.definitions.get(normalizeLabel(node.identifier))
        if (url === undefined) this.inline(node)
        else this.link(url, node)
        return
      }
      default:
        if ('children' in node) this.inline(node)
        else if ('value' in node && typeof node.value === 'string') this.emit(node.value, node)
    }
  }

  inline(node: Parents): void {
    // Inline HTML comes as separate tag nodes: skip whatever stands between <script> or <style> and its end tag.
    let skippingUntil: RegExp | undefined
    for (const child of node.children) {
      if (skippingUntil !== undefined) {
        if (child.type === 'html' && skippingUntil.test(child.value)) skippingUntil = undefined
        continue
      }
      if (child.type === 'html') {
        const opened = /^<(script|style)\b/i.exec(child.value)
        if (opened && !new RegExp(`</${opened[1]}\\s*>`, 'i').test(child.value)) skippingUntil = new RegExp(`^</${opened[1]}\\s*>`, 'i')
      }
      this.node(child)
    }
  }

  link(url: string, node: Nodes & Parents): void {
    const labelRenderer = new Renderer(this.formatLink, { type: 'root', children: [] })
    labelRenderer.inline(node)
    const label = labelRenderer.text
    const formatted = this.formatLink(label, url)
    const start = this.text.length
    this.emit(formatted, node)
    const sourceStart = node.position?.start.offset ?? 0
    const sourceEnd = node.position?.end.offset ?? 0
    const urlAt = formatted.lastIndexOf(url)
    // Where the URL is not written out (Bluesky's rich text), the whole written form carries the link.
    if (urlAt !== -1) this.links.push({ url, label, start: start + urlAt, end: start + urlAt + url.length, sourceStart, sourceEnd })
    else if (formatted !== '') this.links.push({ url, label, start, end: start + formatted.length, sourceStart, sourceEnd })
  }
}

function collectDefinitions(root: Root, into: Map<string, string>): void {
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'definition') {
      const key = normalizeLabel(node.identifier)
      if (!into.has(key)) into.set(key, node.url)
    } else if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
}

function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Drops tags (and the bodies of script and style elements) from raw HTML, keeping its text. */
function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/<[^]*$/, '')
}

/**
 * Renders Markdown to the plain text a platform receives, with a map from the
 * text back to the source and the places of links. Text with no Markdown
 * syntax, or too much of it ({@link markdownTooComplex}), is its own rendering.
 */
export function renderMarkdown(markdown: string, formatLink: LinkFormatter, tree?: Root): RenderedText {
  if (tree === undefined) {
    const withoutParser = renderWithoutParser(markdown)
    if (withoutParser !== undefined) return withoutParser
  }
  const root = tree ?? parseMarkdown(markdown)
  const renderer = new Renderer(formatLink, root)
  renderer.node(root)
  return { text: renderer.text, spans: renderer.spans, links: renderer.links }
}

/**
 * Source ranges of the text nodes of a Markdown tree (the whole source when
 * there is no tree): where prose, hashtags and mentions can stand, never in
 * code, HTML or link destinations.
 */
export function textNodeRanges(source: string, tree: Root | undefined): Array<{ start: number; end: number }> {
  if (tree === undefined) return [{ start: 0, end: source.length }]
  const ranges: Array<{ start: number; end: number }> = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push({ start, end })
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
    }
  }
  return ranges
}

/** Maps an offset in rendered text back to an offset in the Markdown source. */
export function toSourceOffset(rendered: RenderedText, offset: number): number {
  let best: SourceSpan | undefined
  for (const span of rendered.spans) {
    if (span.start <= offset && offset <= span.end) {
      best = span
      if (offset < span.end) break
    }
  }
  if (best === undefined) return rendered.spans.at(-1)?.sourceEnd ?? 0
  const sameLength = best.end - best.start === best.sourceEnd - best.sourceStart
  return sameLength ? best.sourceStart + (offset - best.start) : offset === best.end ? best.sourceEnd : best.sourceStart
}
