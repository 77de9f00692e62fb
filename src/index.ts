/**
 * bilingual-posts: write a social-media post in English and French, check it,
 * and get each platform's payload. The public API, re-exports only.
 */
export { definePost, safeDefinePost, PostInputError } from './post/define.js'
export type { BilingualPost, DefinePostResult, PostInputIssue } from './post/define.js'
export { postInputSchema, mediaInputSchema, bilingualTextSchema, platformIdSchema } from './post/schema.js'
export type { PostInput, MediaInput, Media } from './post/schema.js'
export { languages, otherLanguage } from './post/language.js'
export type { Lang, Bilingual } from './post/language.js'
export * from './measure-entry.js'
export { render, renderDetailed } from './text/render.js'
export type { RenderedText, RenderedLink, SourceSpan } from './text/markdown.js'
