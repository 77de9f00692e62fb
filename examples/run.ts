// Prints, for each bundled example, platform and language: rendered length / limit and whether it fits,
// then whether the platform's payloads can be built (media resolved against a base URL, as a CMS would serve them).
import { languages, measure, PayloadError, platforms, render, toPayloads } from '../src/index.js'
import { loadExamples } from './load.js'

// The examples name their media by relative path (`media/open-house-poster.jpg`); Instagram and Threads
// download files themselves, so payloads need them at an absolute public https URL.
const mediaBaseUrl = 'https://www.canada.ca/content/dam/examples/'
const linkedin = { author: 'urn:li:organization:12345' }

for (const { file, post } of loadExamples()) {
  console.log(`\n${post.id ?? file}`)
  for (const platformId of post.platforms) {
    const cells = languages.map((lang) => {
      const m = measure(render(post[lang], platformId), platformId)
      const mark = m.withinLimit ? 'fits' : `OVER by ${m.length - m.limit}`
      return `${lang} ${String(m.length).padStart(4)}/${m.limit} ${m.unit} ${mark}`.padEnd(38)
    })
    let payload: string
    try {
      const out = toPayloads(post, platformId, { mediaBaseUrl, linkedin, overflow: 'thread' })
      payload = `payloads: ${out.en.length} + ${out.fr.length} posts`
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error
      payload = `no payload: ${error.message}`
    }
    console.log(`  ${platforms[platformId].displayName.padEnd(10)} ${cells.join('  ')}  ${payload}`)
  }
}
