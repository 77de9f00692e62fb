import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { escapePath, glob, isDynamicPattern } from 'tinyglobby'
import { fileProblem } from '../files/problem.js'
import type { PostFile } from '../files/types.js'

/** What the command line's file arguments name: files to read, and patterns that matched nothing. */
export interface ExpandedInputs {
  readonly files: readonly string[]
  readonly unmatched: readonly PostFile[]
}

const postFilesIn = '**/*.{json,md,markdown}'

/**
 * Turns file arguments into files: a file as is, a path that does not exist
 * as a `missing` problem, a folder as every post file
 * in it, a glob (quoted, so that the shell did not expand it) as its matches.
 * `node_modules` and dot-folders are never searched. Order is the order of
 * the arguments, matches sorted; duplicates are read once.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: string[] = []
  const unmatched: PostFile[] = []
  for (const input of inputs) {
    const kind = await stat(resolve(cwd, input)).then(
      (stats) => (stats.isDirectory() ? 'folder' : 'file'),
      () => 'missing' as const,
    )
    // A path that does not exist is said to be missing, whatever its extension (not "only .json and .md").
    if (kind === 'missing' && !isDynamicPattern(input)) {
      unmatched.push({ file: input, posts: [], problems: [fileProblem('missing', { file: input })] })
      continue
    }
    if (kind === 'file') {
      files.push(input)
      continue
    }
    const pattern = kind === 'folder' ? `${escapePath(input.replace(/[\\/]+$/, ''))}/${postFilesIn}` : input
    const matches = await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**'] })
    if (matches.length === 0) unmatched.push({ file: input, posts: [], problems: [fileProblem('noMatch', { pattern: input })] })
    files.push(...matches.sort())
  }
  return { files: [...new Set(files)], unmatched }
}
