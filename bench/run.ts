// npm run bench: speed and size of bilingual-posts against the libraries it replaces, in the same run.
import { RichText } from '@atproto/api'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import remarkParse from 'remark-parse'
import twitter from 'twitter-text'
import { unified } from 'unified'
import { appSizes, entryBudgets, minGzipKB } from '../scripts/bundle-size.js'
import { blueskyFacets, check, definePost, measure, platformIds, render } from '../src/index.js'
import { benchCorpus } from './corpus.js'
import { compare, mean, medianRatio, printRatio } from './timing.js'

// `npm run bench -- x bluesky check batch scaling size` runs only those sections (all by default).
const sections = process.argv.slice(2)
const want = (name: string) => sections.length === 0 || sections.includes(name)

const corpus = benchCorpus(2000)
const texts = corpus.flatMap((p) => [p.en, p.fr])
console.log(`Corpus: ${corpus.length} bilingual posts, ${texts.length} texts, ${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} UTF-16 units on average.\n`)

// 1. X length
if (want('x')) {
  const times = await compare('x', {
    ours: () => {
      for (const t of texts) measure(t, 'x')
    },
    'twitter-text parseTweet': () => {
      for (const t of texts) twitter.parseTweet(t)
    },
  })
  printRatio('X length (measure vs parseTweet)', times.ours as number[], times['twitter-text parseTweet'] as number[], texts.length, '≥ 3×')
}

// 2. Bluesky length + facets: what a client needs before posting, both ways.
if (want('bluesky')) {
  // detectFacetsWithoutResolution puts the handle where the DID goes; a resolver echoing the handle does the same work here.
  const handleAsDid = (handle: string) => handle
  // RichText takes seconds a pass: one timed pass a round, no untimed one (its garbage is its own anyway).
  const times = await compare(
    'bluesky',
    {
      ours: () => {
        for (const t of texts) {
          measure(t, 'bluesky')
          blueskyFacets(t, [], handleAsDid)
        }
      },
      'RichText facets + graphemeLength': () => {
        for (const t of texts) {
          const rt = new RichText({ text: t })
          rt.detectFacetsWithoutResolution()
          void rt.graphemeLength
        }
      },
    },
    { warmup: 2, rounds: 8, settle: 0, passes: 1 },
  )
  printRatio(
    'Bluesky length + facets (measure + blueskyFacets vs RichText.detectFacetsWithoutResolution + graphemeLength)',
    times.ours as number[],
    times['RichText facets + graphemeLength'] as number[],
    texts.length,
    '≥ 10×',
  )
}

// 3. Full check on all eight platforms vs parsing both texts with remark-parse alone
if (want('check')) {
  const posts = corpus.slice(0, 200).map((p) => definePost(p))
  const markdownPosts = corpus.slice(0, 200).map((p) => definePost({ en: `**Note**: ${p.en}`, fr: `**Avis**\u00a0: ${p.fr}` }))
  const processor = unified().use(remarkParse)
  const all = { platforms: [...platformIds] }
  const withParts = { ...all, threadParts: true }
  // Every code path warmed on both lists first; then compare's own warm-up rounds let the JIT settle
  // (a check keeps getting faster for thousands of calls, remark-parse too, and their ratio moves with it).
  for (let pass = 0; pass < 3; pass++) for (const post of [...posts, ...markdownPosts]) check(post, pass === 0 ? withParts : all)
  for (const [label, list] of [
    ['plain text', posts],
    ['Markdown', markdownPosts],
  ] as const) {
    const times = await compare(`check ${label}`, {
      check: () => {
        for (const post of list) check(post, all)
      },
      // What a CLI or an editor pays: messages (always worded) quoting the thread-part count of each over-limit text.
      'check + thread parts': () => {
        for (const post of list) check(post, withParts)
      },
      'remark-parse both texts': () => {
        for (const post of list) {
          processor.parse(post.en)
          processor.parse(post.fr)
        }
      },
    })
    const parse = times['remark-parse both texts'] as number[]
    for (const task of ['check', 'check + thread parts'] as const) {
      const perPost = mean(times[task] as number[]) / list.length
      console.log(
        `Full ${task}, 8 platforms, ${label} posts: ${(perPost * 1000).toFixed(0)} µs/post, ${Math.round(1000 / perPost)} posts/s on one core; ` +
          `${medianRatio(times[task] as number[], parse).toFixed(2)}× the cost of parsing both texts (remark-parse ${((mean(parse) * 1000) / list.length).toFixed(0)} µs/post; target ≤ 2×)`,
      )
    }
  }
}

// 4. Batch: checkAll over 10,000 and 100,000 streamed posts, each run in a fresh process for its own peak RSS
if (want('batch')) {
  const rows: string[] = []
  for (const count of [10_000, 100_000]) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', new URL('./batch-child.ts', import.meta.url).pathname, String(count)], { encoding: 'utf8' })
    const run = JSON.parse(out.trim().split('\n').at(-1) as string) as { checked: number; ms: number; peakRssMiB: number }
    rows.push(`  ${String(run.checked).padStart(7)} posts: ${(run.ms / 1000).toFixed(1)} s, ${Math.round((run.checked * 1000) / run.ms)} posts/s, peak RSS ${run.peakRssMiB.toFixed(0)} MiB`)
  }
  console.log(`\nBatch, checkAll(async iterable), posts of 50–500 characters on X, Bluesky and Mastodon (peak RSS must stay flat):\n${rows.join('\n')}`)
}

// 5. Scaling: time per ×10 of text should grow ×10 (linear), never ×100
if (want('scaling')) {
  const unit = 'Les cliniques ouvrent lundi à 14\u00a0h. Voir https://www.canada.ca/fr/sante.html #Grippe @SanteCanada 🇨🇦 '
  const sizes = [1_000, 10_000, 100_000, 1_000_000]
  const rows: string[] = []
  for (const [name, fn] of [
    ['measure x', (t: string) => measure(t, 'x')],
    ['measure bluesky', (t: string) => measure(t, 'bluesky')],
    ['render x', (t: string) => render(`**${t}**`, 'x')],
    ['check', (t: string) => check(definePost({ en: t, fr: t }), { platforms: ['x', 'bluesky', 'mastodon'] })],
  ] as const) {
    // Warmed on a short text first, so the 1 KB figure is not the JIT's first compile.
    for (let run = 0; run < 5; run++) fn(`${run}${unit.repeat(10)}`)
    const times = sizes.map((size) => {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
      // Best of three: one run of a few milliseconds is at the mercy of a GC or the machine's neighbours.
      // Each run gets a text of its own (one character differs), so no scan remembered from the last run is reused.
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const fresh = `${run}${text.slice(1)}`
        const start = performance.now()
        fn(fresh)
        best = Math.min(best, performance.now() - start)
      }
      return best
    })
    const steps = times.slice(1).map((t, i) => (t / Math.max(times[i] as number, 0.01)).toFixed(1))
    rows.push(`  ${name.padEnd(16)} ${times.map((t) => `${t.toFixed(1)} ms`.padStart(11)).join('')}   ×10 steps: ${steps.join(', ')}`)
  }
  console.log(`\nScaling (1 KB, 10 KB, 100 KB, 1 MB; best of three runs each):\n${rows.join('\n')}`)
}

// 6. Cold start and size (needs the build: npm run build)
if (!want('size')) {
  // skipped
} else if (existsSync('dist/index.js')) {
  const coldImport = (specifier: string) => {
    const samples: number[] = []
    for (let i = 0; i < 5; i++) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const s=performance.now();await import(${JSON.stringify(specifier)});console.log(performance.now()-s)`], {
        encoding: 'utf8',
      })
      samples.push(Number(out.trim()))
    }
    return samples.sort((a, b) => a - b)[2] as number
  }
  const here = new URL('../', import.meta.url).pathname
  console.log(
    `\nCold import (median of 5 fresh processes): bilingual-posts ${coldImport(`${here}dist/index.js`).toFixed(0)} ms (target < 100 ms), ` +
      `bilingual-posts/measure ${coldImport(`${here}dist/measure.js`).toFixed(0)} ms, bilingual-posts/pipelines ${coldImport(`${here}dist/pipelines.js`).toFixed(0)} ms, ` +
      `twitter-text ${coldImport('twitter-text').toFixed(0)} ms, @atproto/api ${coldImport('@atproto/api').toFixed(0)} ms`,
  )
  const sizes: string[] = []
  for (const { subpath, file, budgetKB, platform } of entryBudgets()) sizes.push(`${subpath} ${(await minGzipKB(file, platform)).toFixed(1)} KB (budget ${budgetKB ?? '?'} KB)`)
  console.log(`Size, min+gzip with dependencies (budgets: package.json sizeBudgetsKB): ${sizes.join(', ')}`)
  const { app, host, hostWithApp } = await appSizes()
  console.log(
    `Browser app using definePost, check, render, measure, toPayloads (esbuild --platform=browser, min+gzip): alone ${app.kb.toFixed(1)} KB; ` +
      `a host using zod and unified itself ${host.kb.toFixed(1)} KB, with the app ${hostWithApp.kb.toFixed(1)} KB (+${(hostWithApp.kb - host.kb).toFixed(1)} KB, zod and unified shared)`,
  )
} else {
  console.log('\nCold start and size skipped: run `npm run build` first.')
}
