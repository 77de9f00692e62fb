/**
 * Writes dist/THIRD-PARTY-LICENSES.md: the name, version, licence and licence
 * text of every package the build copied into dist/, read from the esbuild
 * metafiles tsup writes, which it then removes. Run by `npm run build`.
 * Every dependency is external today (tsup.config.ts), so there is usually
 * nothing to list and no file is written; a dependency bundled again would
 * bring its licence file back without anyone having to remember.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const dist = join(root, 'dist')
const metafiles = readdirSync(dist).filter((file) => /^metafile-.*\.json$/.test(file))
if (metafiles.length === 0) throw new Error('No esbuild metafile in dist/: is `metafile: true` still in tsup.config.ts?')

const packages = new Set<string>()
for (const file of metafiles) {
  const meta = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { inputs: Record<string, unknown> }
  for (const input of Object.keys(meta.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match?.[1] !== undefined) packages.add(input.slice(0, match.index + match[0].length))
  }
  rmSync(join(dist, file))
}

const sections = [...packages]
  .map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string }
    const licenseFile = readdirSync(join(root, dir)).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file))
    const text = licenseFile === undefined ? `(no licence file; package.json says ${manifest.license ?? 'nothing'})` : readFileSync(join(root, dir, licenseFile), 'utf8').trim()
    return { id: `${manifest.name}@${manifest.version}`, license: manifest.license ?? 'unknown', text }
  })
  .sort((a, b) => a.id.localeCompare(b.id))
  .filter((section, index, all) => index === 0 || all[index - 1]?.id !== section.id)

if (sections.length === 0) {
  console.log('No third-party code in dist/: no THIRD-PARTY-LICENSES.md to write')
  process.exit(0)
}

const out = [
  '# Third-party code in dist/',
  '',
  'The build copies these packages into `dist/`; their licences follow.',
  '',
  ...sections.flatMap((s) => [`## ${s.id} (${s.license})`, '', '```', s.text, '```', '']),
].join('\n')
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.md'), out)
if (!existsSync(join(dist, 'THIRD-PARTY-LICENSES.md'))) throw new Error('could not write the licence file')
console.log(`Wrote dist/THIRD-PARTY-LICENSES.md (${sections.length} packages)`)
