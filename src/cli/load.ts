import { resolve } from 'node:path'
import { readPostFile } from '../files/post-file.js'
import type { PostFile } from '../files/types.js'
import type { CliEnvironment } from './environment.js'
import { expandInputs } from './inputs.js'
import { createProgress } from './progress.js'

/**
 * Reads every file the arguments name and hands each to `each` (the command's
 * work on it) before the next, with a progress bar for large batches. File
 * names stay as the user wrote them.
 */
export async function loadInputs<T>(inputs: readonly string[], environment: CliEnvironment, label: string, each: (file: PostFile) => T | Promise<T>): Promise<T[]> {
  const { files, unmatched } = await expandInputs(inputs, environment.cwd)
  const progress = createProgress(environment.stderr, label, files.length)
  const loaded: T[] = []
  for (const file of unmatched) loaded.push(await each(file))
  for (const file of files) {
    const result = await readPostFile(resolve(environment.cwd, file))
    loaded.push(await each({ ...result, file }))
    progress.tick()
  }
  progress.done()
  return loaded
}
