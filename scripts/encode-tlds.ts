// Prints the packed TLD literals of src/text/tlds.ts from twitter-text's own lists (`npx tsx scripts/encode-tlds.ts`).
// The list is frozen, so this only runs when the packing changes; test/urls.test.ts checks what tlds.ts decodes.
import twitter from 'twitter-text'
import { sharingTwo } from '../src/text/tlds.js'

const list = (source: string) => source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=.*$/, '').split('|')
const { validGTLD, validCCTLD } = (twitter as unknown as { regexen: Record<string, RegExp> }).regexen
const names = [...new Set([...list((validGTLD as RegExp).source), ...list((validCCTLD as RegExp).source)])].sort()

const isFrontCoded = (name: string) => name.length > 2 && /^[a-zö]+$/.test(name)
const isPair = (name: string) => /^[a-z]{2}$/.test(name)

function frontCoded(): string {
  let previous = ''
  let coded = ''
  for (const name of names.filter(isFrontCoded)) {
    let shared = 0
    while (shared < 9 && previous[shared] === name[shared]) shared++
    const rest = name.slice(shared)
    if (shared === 1) coded += rest.charAt(0).toUpperCase() + rest.slice(1)
    else if (shared === 2) coded += sharingTwo.charAt(rest.charCodeAt(0) - 97) + rest.slice(1)
    else coded += shared + rest
    previous = name
  }
  return coded
}

/** Per first letter a–z, the second letters as a base-32 bit mask (also the format of emoji.ts's flags). */
function letterPairs(pairs: string[]): string {
  const masks = new Array<number>(26).fill(0)
  for (const pair of pairs) {
    const first = pair.charCodeAt(0) - 97
    masks[first] = (masks[first] as number) + 2 ** (pair.charCodeAt(1) - 97)
  }
  return masks.map((mask) => (mask ? mask.toString(32) : '')).join(' ')
}

/** `,` and two base-32 digits switch to a 64-code-point block; other characters are offsets from it, `0` to `}`; names end at `)`. */
function blockCoded(): string {
  let start = -Infinity
  const coded: string[] = []
  for (const name of names.filter((n) => !isFrontCoded(n) && !isPair(n))) {
    let codedName = ''
    for (const char of name) {
      const code = char.charCodeAt(0)
      if (code < start || code - start > 77) {
        const block = Math.floor(code / 64)
        start = block * 64
        codedName += `,${block.toString(32).padStart(2, '0')}`
      }
      codedName += String.fromCharCode(48 + code - start)
    }
    coded.push(codedName)
  }
  return coded.join(')')
}

/** A TypeScript string literal cut into lines of 100 characters. */
function literal(name: string, value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")
  const lines: string[] = []
  for (let i = 0; i < escaped.length; ) {
    let end = Math.min(i + 100, escaped.length)
    // Never cut an escape in two.
    if (/(^|[^\\])(\\\\)*\\$/.test(escaped.slice(i, end))) end++
    lines.push(escaped.slice(i, end))
    i = end
  }
  return `const ${name} =\n  '${lines.join("' +\n  '")}'\n`
}

console.log(literal('frontCoded', frontCoded()))
console.log(literal('twoLetters', letterPairs(names.filter(isPair))))
console.log(literal('blockCoded', blockCoded()))
