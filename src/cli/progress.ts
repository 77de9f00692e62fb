import type { CliStream } from './environment.js'

/** Below this many files a batch is quick and a bar would only flicker. */
export const progressThreshold = 20

export interface Progress {
  tick(): void
  done(): void
}

const silent: Progress = { tick() {}, done() {} }

/** The bar's line: `Checking [#########-----------] 45/100`. */
export function progressLine(label: string, done: number, total: number, width = 24): string {
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}

/**
 * A progress bar on `stream` (stderr), only when it is a terminal and the
 * batch is large, so that pipes, CI logs and `--format json` on stdout stay clean.
 * Redrawn at most every 80 ms; erased when done.
 */
export function createProgress(stream: CliStream, label: string, total: number): Progress {
  if (stream.isTTY !== true || total < progressThreshold) return silent
  let done = 0
  let drawnAt = 0
  const draw = () => {
    drawnAt = Date.now()
    stream.write(`\r${progressLine(label, done, total)}`)
  }
  draw()
  return {
    tick() {
      done++
      if (Date.now() - drawnAt >= 80 || done === total) draw()
    },
    done() {
      stream.write('\r\u001b[2K')
    },
  }
}
