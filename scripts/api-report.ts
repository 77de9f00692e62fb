// The public API of each entry, as api-extractor reads it from the built .d.ts (dist/, so `npm run build` first),
// compared with the report checked in under api/<entry>.api.md. `npx tsx scripts/api-report.ts` fails when a
// report differs and prints the difference (npm test runs it so); `--update` (npm run api:update) rewrites them.
// The entries are package.json's "exports", so a new subpath gets a report without editing this script.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Extractor, ExtractorConfig, ExtractorLogLevel, type IConfigFile } from '@microsoft/api-extractor'

const root = fileURLToPath(new URL('..', import.meta.url))
const packageJsonFullPath = `${root}package.json`
const update = process.argv.includes('--update')

interface ExportConditions {
  readonly import?: { readonly types?: string }
}
const manifest = JSON.parse(readFileSync(packageJsonFullPath, 'utf8')) as { exports: Record<string, string | ExportConditions> }

/** `.` → `index`, `./measure` → `measure`, with the .d.ts file each subpath's `import` condition names. */
const entries = Object.entries(manifest.exports).flatMap(([subpath, target]) => {
  const types = typeof target === 'string' ? undefined : target.import?.types
  return types === undefined ? [] : [{ name: subpath === '.' ? 'index' : subpath.slice(2), types }]
})

function configFor(name: string, types: string): IConfigFile {
  return {
    projectFolder: root,
    mainEntryPointFilePath: `<projectFolder>/${types}`,
    // The built .d.ts only, with the types the library's own tsconfig has (skipLibCheck: the dependencies' own
    // declarations are theirs to check).
    compiler: {
      overrideTsconfig: {
        compilerOptions: { target: 'ES2022', lib: ['ES2024'], module: 'ESNext', moduleResolution: 'Bundler', strict: true, skipLibCheck: true, types: ['node'] },
        files: [types],
      },
    },
    apiReport: {
      enabled: true,
      reportFileName: name,
      reportFolder: '<projectFolder>/api/',
      reportTempFolder: '<projectFolder>/node_modules/.cache/api-extractor/',
      // A type the API uses without exporting it (SuggestionBase, CheckOptions from /vitest…) is written out too, so
      // that a change to it shows in the report.
      includeForgottenExports: true,
    },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    newlineKind: 'lf',
    messages: {
      compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      extractorMessageReporting: {
        default: { logLevel: ExtractorLogLevel.Warning },
        // Release tags (@public, @beta) are a Rush convention this package does not use: every export is public.
        'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        // Notes, not failures, and kept out of the report: api-extractor lists those it cannot attach to a declaration
        // with the line of the built .d.ts (and a chunk's hashed name), so the report would change with every build.
        // A type used but not exported is in the report all the same (includeForgottenExports).
        'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        'ae-undocumented': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        'ae-unresolved-link': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
      },
      // The comments are TSDoc-like, not checked TSDoc: the report is about the API's shape.
      tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None, addToApiReportFile: false } },
    },
  }
}

let failed = false
for (const { name, types } of entries) {
  const config = ExtractorConfig.prepare({ configObject: configFor(name, types), configObjectFullPath: undefined, packageJsonFullPath })
  const result = Extractor.invoke(config, {
    localBuild: update,
    printApiReportDiff: !update,
    messageCallback: (message) => {
      // The preamble (`Analysis will use the bundled TypeScript version …`) on every entry is noise.
      if (message.logLevel === ExtractorLogLevel.Info) message.handled = true
    },
  })
  if (!result.succeeded) failed = true
  const state = result.apiReportChanged ? (update ? 'updated' : 'DIFFERS') : 'unchanged'
  console.log(`api/${name}.api.md: ${state}`)
}
if (failed) {
  console.error(update ? 'api-extractor failed (see above).' : 'The public API differs from api/*.api.md (see above). If the change is meant, run `npm run api:update` and commit api/.')
  process.exitCode = 1
}
