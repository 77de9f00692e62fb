import { basename, dirname, relative, resolve } from 'node:path'
import type { BilingualPost } from '../../post/define.js'
import { renderPreview } from '../../preview/page.js'
import type { CliRequest } from '../args.js'
import type { CliEnvironment } from '../environment.js'
import { loadInputs } from '../load.js'
import { say } from '../messages.js'
import { writeInside } from '../safe-write.js'

type RunRequest = Extract<CliRequest, { kind: 'run' }>

/** `preview`: one HTML page of every valid post; file problems are reported and make the exit code 1, the page is still written. */
export async function runPreview(request: RunRequest, environment: CliEnvironment): Promise<number> {
  const { lang } = request
  const posts: BilingualPost[] = []
  let failures = 0
  await loadInputs(request.inputs, environment, say(lang, 'progress.previewing'), (file) => {
    for (const problem of file.problems) {
      failures++
      environment.stderr.write(`${file.file}${problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`}: ${problem.message[lang]}\n`)
    }
    posts.push(...file.posts.map((filePost) => filePost.post))
  })
  const html = renderPreview(posts, { lang, ...(request.platforms === undefined ? {} : { check: { platforms: request.platforms } }) })
  const out = resolve(environment.cwd, request.out as string)
  await writeInside(dirname(out), basename(out), html)
  environment.stdout.write(`${say(lang, 'preview.wrote', { posts: say(lang, 'summary.posts', { count: posts.length }), file: relative(environment.cwd, out) })}\n`)
  return failures > 0 ? 1 : 0
}
