// One batch run in a fresh process, so its peak RSS is its own: `tsx bench/batch-child.ts 10000`.
import { checkAll } from '../src/index.js'
import { generateCorpus } from '../test/support/corpus.js'

const total = Number(process.argv[2] ?? 10_000)

/** Posts generated a thousand at a time as the batch pulls them: the input itself never sits in memory. */
function* posts(): Generator<unknown> {
  for (let made = 0; made < total; made += 1000) {
    const texts = generateCorpus(2000, 9000 + made, 50, 500)
    for (let i = 0; i < texts.length && made + i / 2 < total; i += 2) yield { en: texts[i], fr: texts[i + 1], platforms: ['x', 'bluesky', 'mastodon'] }
  }
}

const start = performance.now()
let failing = 0
let checked = 0
for await (const result of checkAll(posts())) {
  checked++
  if ('report' in result && !result.report.ok) failing++
}
const ms = performance.now() - start
console.log(JSON.stringify({ checked, failing, ms, peakRssMiB: process.resourceUsage().maxRSS / 1024 }))
