/**
 * `bilingual-posts/pipelines`: reading post files (`.md` with YAML front
 * matter, `.json`), the translator round trip (XLIFF 2.0) and the HTML
 * preview. An entry of its own so that the main entry loads no YAML or XML
 * parser. Re-exports only. (The CLI and the vitest matchers are entries of
 * their own too: `bilingual-posts` on the command line, `bilingual-posts/vitest`.)
 *
 * @example
 * import { readPostFile, toXliff, renderPreview } from 'bilingual-posts/pipelines'
 */
export { parsePostFile, readPostFile, isPostFile, postFileExtensions } from './files/post-file.js'
export type { PostFile, FilePost, FilePoint, PostPlace } from './files/types.js'
export type { PostFileProblem, PostFileProblemCode } from './files/problem.js'
export { toXliff } from './xliff/write.js'
export { fromXliff } from './xliff/read.js'
export { XliffError } from './xliff/errors.js'
export type { XliffErrorCode } from './xliff/errors.js'
export { renderPreview } from './preview/page.js'
export type { PreviewOptions } from './preview/page.js'
export { defineConfig, configSchema } from './config/schema.js'
export type { BilingualPostsConfig } from './config/schema.js'
