/**
 * An independent reader of the values a French (or English-habit) post states, for property tests:
 * it shares no code with src/checks/typography, so a fix that changed a value shows up as a different reading.
 * Times read as minutes (`14 h 30` = `14:30` = `t870`), amounts with their scale (`5 M$` = `$5 million` = 5e6).
 */
const SPACE = '[ \\u00a0\\u202f]'
const token = new RegExp(
  `(\\d{1,2})${SPACE}?(?:h(?:res?|rs?)?)(?:${SPACE}?(\\d{2}))?(?![\\p{L}\\d])|(\\d{1,2}):(\\d{2})(?![\\d:])|(\\$[ \\u00a0]?)?(\\d+(?:(?:,|\\.|${SPACE})\\d+)*)(${SPACE}?(?:M\\$|G\\$|M\\b|B\\b|millions?|milliards?|billions?))?`,
  'gu',
)

function readAmount(written: string, english: boolean): number {
  // After a leading `$` the writer used English habits throughout: commas are thousands.
  if (english && /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(written)) return Number(written.replace(/,/g, ''))
  const groups = written.split(/[ \u00a0\u202f]/)
  // Several `,ddd` groups, or a comma before a point: English thousands.
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3},\d{3}\.\d+$/.test(written)) return Number(written.replace(/,/g, ''))
  if (/^\d+\.\d+$/.test(written)) return Number(written)
  return Number(groups.join('').replace(',', '.'))
}

export function readFrenchValues(text: string): string[] {
  const values: string[] = []
  for (const m of text.matchAll(token)) {
    if (m[1] !== undefined) values.push(`t${Number(m[1]) * 60 + Number(m[2] ?? 0)}`)
    else if (m[3] !== undefined) values.push(`t${Number(m[3]) * 60 + Number(m[4])}`)
    else if (m[6] !== undefined) {
      const scale = (m[7] ?? '').trim()
      const factor = scale === '' ? 1 : /^(?:M|M\$|millions?)$/.test(scale) ? 1e6 : 1e9
      values.push(String(Math.round(readAmount(m[6], m[5] !== undefined) * factor * 1000) / 1000))
    }
  }
  return values
}
