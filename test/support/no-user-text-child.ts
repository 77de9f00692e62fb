// Child process of test/no-user-text-kept.test.ts, run with `node --expose-gc --import tsx`:
// `node … no-user-text-child.ts <mode> <snapshot path>`.
// It builds departmental texts around markers made at run time (a phone number, an e-mail
// address, a link path), uses them as the mode says, drops them, collects garbage and writes
// a V8 heap snapshot. It prints the markers' digits as numbers: never as a string of its own,
// which would itself be a marker left in the heap.
//   library  check, toPayloads (X, Bluesky, Mastodon, Facebook), screenComment and measure on every platform,
//            every message read in both languages
//   quoted   the same, with a French text that links to the English page: a message then quotes the link
//   idle     builds the same texts and never calls the library (nothing of the test's own may linger)
//   keep     calls the library and keeps the texts alive on purpose (the search must find them)
import { randomInt } from 'node:crypto'
import { writeHeapSnapshot } from 'node:v8'
import { check, definePost, measure, platformIds, toPayloads } from '../../src/index.js'
import { screenComment } from '../../src/accounts/index.js'

const [mode = 'library', snapshotPath = 'heap.heapsnapshot'] = process.argv.slice(2)
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('Run with node --expose-gc.')

/** Digits of the markers: numbers, so nothing but the texts built below holds them as text. */
const seeds = { phone: randomInt(1000, 10000), mail: randomInt(100000, 1000000), path: randomInt(100000, 1000000) }

/** A flat string made of char codes (not a concatenation whose parts might be told apart in the snapshot). */
const flat = (parts: readonly (string | number)[]) => String.fromCharCode(...Array.from(parts.join(''), (c) => c.charCodeAt(0)))

/** The three markers as they are written in the texts; a test rebuilds them from the seeds. */
function markers(): { phone: string; mail: string; link: string; lien: string } {
  return {
    phone: flat(['613-555-', seeds.phone]),
    mail: flat(['rappels', seeds.mail, '@inspection.gc.ca']),
    link: flat(['https://recalls-rappels.canada.ca/en/alert-recall/', seeds.path]),
    lien: flat(['https://recalls-rappels.canada.ca/fr/avis-rappel/', seeds.path]),
  }
}

function texts(): { en: string; fr: string; comment: string } {
  const { phone, mail, link, lien } = markers()
  return {
    en:
      `**Food recall**: Prairie Farms brand frozen raspberries (500 g) may contain norovirus. Do not eat, serve or sell them. ` +
      `Details: ${link} — questions: ${phone} or ${mail} #FoodSafety @CFIA_Canada`,
    fr:
      `**Rappel d’aliments**\u00a0: framboises surgelées de marque Prairie Farms (500 g) pouvant contenir le norovirus. Ne les mangez pas. ` +
      `Détails\u00a0: ${mode === 'quoted' ? link : lien} — questions\u00a0: ${phone} ou ${mail} #SalubritéDesAliments @ACIA_Canada`,
    comment: `I bought these at my local store, call me back at ${phone} or write to ${mail}, I still have the receipt. See ${link}`,
  }
}

/** Everything a host does with the texts, its results read and dropped. */
function useTheLibrary(written: { en: string; fr: string; comment: string }): number {
  let read = 0
  const post = definePost({ en: written.en, fr: written.fr, platforms: ['x', 'bluesky', 'mastodon', 'facebook'] })
  const report = check(post, { platforms: [...platformIds] })
  for (const d of report.diagnostics) read += d.message.en.length + d.message.fr.length + JSON.stringify(d).length
  for (const platform of ['x', 'bluesky', 'mastodon', 'facebook'] as const) read += JSON.stringify(toPayloads(post, platform, { overflow: 'thread' })).length
  const screened = screenComment(written.comment)
  for (const reason of screened.reasons) read += reason.message.en.length + reason.message.fr.length
  for (const platform of platformIds) for (const text of [written.en, written.fr, written.comment]) read += measure(text, platform).length
  return read
}

/** Kept alive in `keep` mode. */
const kept: unknown[] = []

function run(): number {
  const written = texts()
  if (mode === 'idle') return written.en.length + written.fr.length + written.comment.length
  const read = useTheLibrary(written)
  if (mode === 'keep') kept.push(written)
  return read
}

let total = 0
for (let round = 0; round < 2; round++) total += run()
// The last subject any regular expression ran on is kept by RegExp.input / RegExp.lastMatch: run one on a string of our own.
const ownSubject = /x/
ownSubject.exec('x')
void (RegExp as unknown as { lastMatch: string }).lastMatch
for (let round = 0; round < 3; round++) gc()
writeHeapSnapshot(snapshotPath)
process.stdout.write(`${JSON.stringify({ seeds, total, kept: kept.length })}\n`)
