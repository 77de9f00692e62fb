import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type BilingualPost, definePost } from '../src/index.js'

/** Folder of the bundled example posts. */
export const examplesDir = fileURLToPath(new URL('./posts/', import.meta.url))

/** Every bundled example post, validated, with its file name. */
export function loadExamples(): Array<{ file: string; post: BilingualPost }> {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, post: definePost(JSON.parse(readFileSync(examplesDir + file, 'utf8'))) }))
}
