/** Characters XML 1.0 cannot hold even as a character reference; XLIFF 2.0 writes them as `<cp hex="…"/>`. */
export function isXmlForbidden(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) || codePoint === 0xfffe || codePoint === 0xffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)
}

/**
 * Text content for XLIFF: `& < >` escaped, a carriage return as `&#13;` (a
 * parser would otherwise turn CR LF into LF and the round trip would not be
 * exact), and forbidden characters as `<cp>` elements.
 */
export function xmlText(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) as number
    if (char === '&') out += '&amp;'
    else if (char === '<') out += '&lt;'
    else if (char === '>') out += '&gt;'
    else if (char === '\r') out += '&#13;'
    else if (isXmlForbidden(code)) out += `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`
    else out += char
  }
  return out
}

/** An attribute value in double quotes: whitespace other than space kept as references (attribute normalisation would change it); forbidden characters dropped (attributes written here are only informative). */
export function xmlAttribute(value: string): string {
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0) as number
    if (char === '&') out += '&amp;'
    else if (char === '<') out += '&lt;'
    else if (char === '"') out += '&quot;'
    else if (char === '\t' || char === '\n' || char === '\r') out += `&#${code};`
    else if (!isXmlForbidden(code)) out += char
  }
  return out
}
