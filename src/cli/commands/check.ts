import { check } from '../../checks/engine.js'
import type { CliEnvironment } from '../environment.js'
import { colorEnabled, paint } from '../environment.js'
import { checkOptionsOf, configForFiles } from '../config.js'
import { loadInputs } from '../load.js'
import { say } from '../messages.js'
import type { CheckedFile } from '../report/checked.js'
import { totals } from '../report/checked.js'
import { formatJson } from '../report/json.js'
import { formatStylish } from '../report/stylish.js'
import { formatGithub } from '../report/github.js'
import { formatJunit } from '../report/junit.js'
import { formatSarif } from '../report/sarif.js'
import type { CliRequest } from '../args.js'

type RunRequest = Extract<CliRequest, { kind: 'run' }>

/** `check`: 1 when any file problem or error, or more warnings than `--max-warnings`; 0 otherwise. */
export async function runCheck(request: RunRequest, environment: CliEnvironment): Promise<number> {
  const { lang } = request
  const configFor = configForFiles(request, environment)
  const files: CheckedFile[] = await loadInputs(request.inputs, environment, say(lang, 'progress.checking'), async (file) => {
    const config = await configFor(file.file)
    return {
      file: file.file,
      problems: file.problems,
      posts: file.posts.map((filePost) => ({
        filePost,
        // --platform (or the config's platforms) narrows the post's own platforms; it never adds one the post is not meant for.
        report: check(filePost.post, checkOptionsOf(config, request, filePost.post.platforms)),
      })),
    }
  })
  const color = paint(colorEnabled(environment.stdout, environment.env))
  // --quiet shows errors only; --max-warnings still counts the warnings it hides, as ESLint does
  // (https://eslint.org/docs/latest/use/command-line-interface#--max-warnings: with --quiet, warn rules "still run, but not reported").
  const shown = request.quiet ? files.map(errorsOnly) : files
  const formats = {
    stylish: () => formatStylish(shown, lang, color),
    json: () => formatJson(shown, lang),
    github: () => formatGithub(shown, lang),
    sarif: () => formatSarif(shown, lang),
    junit: () => formatJunit(shown, lang),
  }
  environment.stdout.write(formats[request.format]())
  const count = totals(files)
  if (count.errors > 0) return 1
  if (request.maxWarnings !== undefined && count.warnings > request.maxWarnings) {
    environment.stderr.write(`${say(lang, 'summary.tooManyWarnings', { count: count.warnings, max: request.maxWarnings })}\n`)
    return 1
  }
  return 0
}

/** A file's report with only its errors. */
function errorsOnly(file: CheckedFile): CheckedFile {
  return {
    ...file,
    posts: file.posts.map(({ filePost, report }) => ({
      filePost,
      report: { ...report, diagnostics: report.diagnostics.filter((d) => d.severity === 'error'), warningCount: 0, infoCount: 0 },
    })),
  }
}
