import { relative, resolve } from 'node:path'
import { formatDiagnostic } from '../../checks/format.js'
import { check } from '../../checks/engine.js'
import { OverflowError, PayloadError, type PayloadOptions, toPayloads } from '../../export/index.js'
import { platformSettings } from '../../platforms/registry.js'
import type { Lang } from '../../post/language.js'
import type { PlatformId } from '../../platforms/types.js'
import type { CliRequest } from '../args.js'
import type { CliEnvironment } from '../environment.js'
import { locateDiagnostic } from '../report/checked.js'
import { checkOptionsOf, configForFiles } from '../config.js'
import { loadInputs } from '../load.js'
import { say } from '../messages.js'
import { safeFileStem, uniqueStems, writeInside } from '../safe-write.js'

type RunRequest = Extract<CliRequest, { kind: 'run' }>

/** The first line of why a post could not be exported, in the user's language where the library has it in both. */
function reasonOf(error: unknown, lang: Lang): string {
  if ((error instanceof PayloadError || error instanceof OverflowError) && error.messages !== undefined) return error.messages[lang]
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
}

/**
 * `export`: one `<post id>.<platform>.json` per post in `--out`, holding what
 * `toPayloads` returns. A post that cannot be exported (over the limit with
 * `--overflow error`, missing what the platform needs) is reported and makes
 * the exit code 1; the others are still written.
 */
export async function runExport(request: RunRequest, environment: CliEnvironment): Promise<number> {
  const { lang } = request
  const platform = request.platforms?.[0] as PlatformId
  const platformName = platformSettings(platform).platform.displayName
  const outDir = resolve(environment.cwd, request.out as string)
  const nextStem = uniqueStems()
  const configFor = configForFiles(request, environment)
  let failures = 0
  let written = 0
  const report = (line: string) => environment.stderr.write(`${line}\n`)
  await loadInputs(request.inputs, environment, say(lang, 'progress.exporting'), async (file) => {
    const config = await configFor(file.file)
    // The config's export options, then its limits, under the flags.
    const options: PayloadOptions = { ...config.export, ...(config.limits === undefined ? {} : { limits: config.limits }), ...payloadOptions(request) }
    for (const problem of file.problems) {
      failures++
      report(`${file.file}${problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`}: ${problem.message[lang]}`)
    }
    for (const filePost of file.posts) {
      const name = filePost.post.id ?? `${file.file.split(/[\\/]/).pop() ?? 'post'}-${filePost.index + 1}`
      if (!filePost.post.platforms.includes(platform)) {
        report(say(lang, 'export.skipped', { post: name, platform: platformName }))
        continue
      }
      // The checks guard the export: a post with errors on this platform is not written unless --force.
      // Over-limit errors are left to toPayloads, which threads (--overflow thread) or refuses the text itself.
      const blocking = check(filePost.post, { ...checkOptionsOf(config, request, filePost.post.platforms), platforms: [platform] }).diagnostics.filter(
        (diagnostic) => diagnostic.severity === 'error' && diagnostic.ruleId !== 'length/over-limit',
      )
      if (blocking.length > 0 && !request.force) {
        failures++
        report(say(lang, 'export.blocked', { post: name, platform: platformName, count: blocking.length }))
        for (const diagnostic of blocking) {
          const { start } = locateDiagnostic(filePost, diagnostic)
          report(`  ${file.file}:${start.line}:${start.column}  ${formatDiagnostic(diagnostic, lang)}`)
        }
        continue
      }
      try {
        const payloads = toPayloads(filePost.post, platform, options)
        const target = await writeInside(outDir, `${nextStem(safeFileStem(name))}.${platform}.json`, `${JSON.stringify(payloads, null, 2)}\n`)
        written++
        environment.stdout.write(`${say(lang, 'export.wrote', { file: relative(environment.cwd, target) })}\n`)
      } catch (error) {
        failures++
        report(say(lang, 'export.failed', { post: name, platform: platformName, reason: failureReason(error, request, lang) }))
        if (error instanceof OverflowError) {
          for (const diagnostic of error.diagnostics) {
            const { start } = locateDiagnostic(filePost, diagnostic)
            report(`  ${file.file}:${start.line}:${start.column}  ${formatDiagnostic(diagnostic, lang)}`)
          }
        }
      }
    }
  })
  environment.stdout.write(`${say(lang, 'export.done', { count: written, dir: relative(environment.cwd, outDir) || '.' })}\n`)
  return failures > 0 ? 1 : 0
}

/** The `toPayloads` options the flags ask for. */
function payloadOptions(request: RunRequest): PayloadOptions {
  const flags = request.payload
  return {
    ...(request.accounts === undefined ? {} : { accounts: request.accounts }),
    ...(request.overflow === undefined ? {} : { overflow: request.overflow }),
    ...(request.order === undefined ? {} : { order: request.order }),
    ...(flags.numbering === undefined ? {} : { numbering: flags.numbering }),
    ...(flags.separator === undefined ? {} : { separator: flags.separator }),
    ...(flags.now === undefined ? {} : { now: flags.now }),
    ...(flags.mastodonVisibility === undefined ? {} : { mastodon: { visibility: flags.mastodonVisibility } }),
    ...(flags.youtubeCategory === undefined ? {} : { youtube: { categoryId: flags.youtubeCategory } }),
    ...(flags.linkedinAuthor === undefined
      ? {}
      : {
          linkedin: {
            author: flags.linkedinAuthor,
            ...(flags.linkedinVisibility === undefined ? {} : { visibility: flags.linkedinVisibility }),
            ...(flags.linkedinDraft === true ? { lifecycleState: 'DRAFT' as const } : {}),
          },
        }),
  }
}

/**
 * Why a post got no payload, in the user's language. The library's advice is
 * worded for code (`pass { overflow: 'thread' }`, `options.linkedin.author`);
 * here it names the flag instead.
 */
function failureReason(error: unknown, request: RunRequest, lang: RunRequest['lang']): string {
  if (error instanceof OverflowError && request.overflow !== 'thread') return say(lang, 'export.overflowHint')
  if (error instanceof PayloadError && error.messageKey === 'payload.linkedin-author.missing') return say(lang, 'export.linkedinAuthorHint')
  return reasonOf(error, lang)
}
