import type { Log } from 'sarif'
import packageJson from '../../../package.json'
import type { Lang } from '../../post/language.js'
import type { CheckedFile } from './checked.js'
import { reportEntries } from './entries.js'

const level = { error: 'error', warning: 'warning', info: 'note' } as const

/**
 * `--format sarif`: a SARIF 2.1.0 log (OASIS), which GitHub code scanning and
 * other tools import. Artifact URIs are relative references (to the working folder, as the files were named).
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function formatSarif(files: readonly CheckedFile[], lang: Lang): string {
  const entries = reportEntries(files, lang)
  const ruleIds = [...new Set(entries.map((entry) => entry.ruleId))].sort()
  // Typed by @types/sarif (written from the 2.1.0 schema): a misnamed or misplaced property fails to compile.
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bilingual-posts',
            version: packageJson.version,
            informationUri: 'https://www.npmjs.com/package/bilingual-posts',
            rules: ruleIds.map((id) => ({ id })),
          },
        },
        language: lang === 'fr' ? 'fr-CA' : 'en-CA',
        results: entries.map((entry) => ({
          ruleId: entry.ruleId,
          ruleIndex: ruleIds.indexOf(entry.ruleId),
          level: level[entry.severity],
          message: { text: entry.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: entry.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                region: { startLine: entry.line, startColumn: entry.column, endLine: entry.endLine, endColumn: entry.endColumn },
              },
            },
          ],
        })),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
