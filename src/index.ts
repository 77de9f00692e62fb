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
export { check, recommended, CheckOptionsError } from './checks/engine.js'
export type { CheckReport } from './checks/engine.js'
export { applyFixes } from './checks/fixes.js'
export { formatDiagnostic } from './checks/format.js'
export { allRules as rules } from './checks/rules/index.js'
export type { Diagnostic, Severity, Position, Point, Fix, Field } from './checks/diagnostic.js'
export type { CheckOptions, Rule, RuleContext, RuleReport, RuleSetting, PairMap } from './checks/rule.js'
export { getI18n, resources } from './i18n/instance.js'
export { splitThread, splitThreadPair, threadPartCount, ThreadSplitError } from './export/thread.js'
export type { ThreadOptions } from './export/thread.js'
