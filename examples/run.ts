// Prints, for each bundled example, platform and language: rendered length / limit and whether it fits.
import { languages, measure, platforms, render } from '../src/index.js'
import { loadExamples } from './load.js'

for (const { file, post } of loadExamples()) {
  console.log(`\n${post.id ?? file}`)
  for (const platformId of post.platforms) {
    const cells = languages.map((lang) => {
      const m = measure(render(post[lang], platformId), platformId)
      const mark = m.withinLimit ? 'fits' : `OVER by ${m.length - m.limit}`
      return `${lang} ${String(m.length).padStart(4)}/${m.limit} ${m.unit} ${mark}`.padEnd(38)
    })
    console.log(`  ${platforms[platformId].displayName.padEnd(10)} ${cells.join('  ')}`)
  }
}
