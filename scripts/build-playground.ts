// `npm run playground`: bundles playground/main.ts for the browser and inlines it into
// playground/dist/playground.html, one self-contained file that works from file://.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'playground', 'dist', 'playground.html')

/** Builds the page and returns its path. */
export async function buildPlayground(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'playground', 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'warning',
  })
  const script = result.outputFiles[0]?.text
  if (script === undefined) throw new Error('build-playground: esbuild produced no output')
  // An inline script ends at the first `</script`, wherever it stands in the code.
  const inline = `<script>${script.replaceAll('</script', '<\\/script')}</script>`
  const html = readFileSync(join(root, 'playground', 'index.html'), 'utf8').replace('<!--SCRIPT-->', () => inline)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, html)
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = await buildPlayground()
  console.log(`${path} (${(readFileSync(path).length / 1024).toFixed(1)} KB)`)
}
