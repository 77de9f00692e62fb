import { SaxesParser } from 'saxes'
import { XliffError } from './errors.js'

/** An element of the small tree `fromXliff` walks: local name, namespace, attributes by qualified name, children. */
export interface XmlElement {
  readonly name: string
  readonly uri: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: Array<XmlElement | string>
  readonly line: number
  readonly column: number
}

const declaration = /<!(?:DOCTYPE|ENTITY)/i

function pointAtOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/**
 * Parses XML into a tree with saxes, a conforming XML 1.0 parser: any
 * well-formedness error (undefined entity, forbidden character, mismatched
 * tag) is an {@link XliffError} `malformed`. A DOCTYPE or ENTITY declaration
 * anywhere is refused before parsing begins (`doctype`): no entity of any kind
 * is declared, expanded or fetched.
 */
export function parseXmlTree(xml: string): XmlElement {
  const refused = declaration.exec(xml)
  if (refused) {
    const { line, column } = pointAtOffset(xml, refused.index)
    throw new XliffError('doctype', 'DOCTYPE and ENTITY declarations are not accepted in XLIFF files', line, column)
  }
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: XliffError | undefined
  const fail = (error: XliffError) => {
    failure ??= error
  }
  parser.on('error', (error) => fail(new XliffError('malformed', error.message.replace(/^\d+:\d+: /, ''), parser.line, parser.column)))
  parser.on('doctype', () => fail(new XliffError('doctype', 'DOCTYPE declarations are not accepted in XLIFF files', parser.line, parser.column)))
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], line: parser.line, column: parser.column }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else root ??= element
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.on('text', (text) => {
    stack.at(-1)?.children.push(text)
  })
  parser.on('cdata', (text) => {
    stack.at(-1)?.children.push(text)
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    fail(new XliffError('malformed', error instanceof Error ? error.message.replace(/^\d+:\d+: /, '') : String(error), parser.line, parser.column))
  }
  if (failure) throw failure
  if (root === undefined) throw new XliffError('malformed', 'The document has no root element')
  return root
}
