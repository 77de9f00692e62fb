import packageJson from '../../package.json'
import { parseCommandLine } from './args.js'
import { runCheck } from './commands/check.js'
import { runExport } from './commands/export.js'
import { runPreview } from './commands/preview.js'
import { runInit } from './commands/init.js'
import { type CliEnvironment, languageFromLocale } from './environment.js'
import { say, UsageError } from './messages.js'
import { ConfigError } from '../config/load.js'

/**
 * Runs the `bilingual-posts` command line and resolves to its exit code:
 * 0 no error, 1 errors found (or too many warnings), 2 bad command line.
 * Takes its streams and environment as arguments so that it can run in-process.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const localeLang = languageFromLocale(environment.env)
  let request
  try {
    request = parseCommandLine(argv, localeLang)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    environment.stderr.write(`${error.message}\n`)
    return 2
  }
  if (request.kind === 'help') {
    environment.stdout.write(`${say(request.lang, 'help.main')}\n`)
    return 0
  }
  if (request.kind === 'version') {
    environment.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  if (request.command === 'init') return runInit(request.lang, request.inputs[0], environment)
  try {
    if (request.command === 'export') return await runExport(request, environment)
    if (request.command === 'preview') return await runPreview(request, environment)
    return await runCheck(request, environment)
  } catch (error) {
    // A broken config is a setup problem, as ESLint treats it: exit 2, nothing checked.
    if (!(error instanceof ConfigError)) throw error
    environment.stderr.write(`${error.messages[request.lang]}\n`)
    return 2
  }
}
