/**
 * bilingual-posts: write a social-media post in English and French, check it,
 * and get each platform's payload. The public API, re-exports only: every name is listed here (no
 * `export *`), so that adding a name to the public API is a visible change, and api/index.api.md records it.
 */
export { definePost, safeDefinePost, PostInputError } from './post/define.js'
export type { BilingualPost, DefinePostOptions, DefinePostResult, PostInputIssue } from './post/define.js'
export { postInputSchema, mediaInputSchema, bilingualTextSchema, platformIdSchema } from './post/schema.js'
export type { PostInput, MediaInput, Media } from './post/schema.js'
export { languages, otherLanguage } from './post/language.js'
export { mediaViolations, mediaFormatOf, resolveMediaUrl } from './post/media-rules.js'
export type { MediaViolation, MediaRuleId, MediaRuleOptions } from './post/media-rules.js'
export type { Lang, Bilingual } from './post/language.js'
export { measure, platforms, getPlatform, isPlatformId, platformSettings, UnknownPlatformError, platformIds, graphemeLength, utf8Length } from './measure-entry.js'
export type { PlatformOverrides, PlatformSettings, Constraint, CountUnit, MediaKind, MediaRules, Measurement, MeasureOptions, Platform, PlatformId, PlatformLimits } from './measure-entry.js'
export { render, renderDetailed } from './platforms/render.js'
export type { RenderedText, RenderedLink, SourceSpan } from './text/markdown.js'
export { check, recommended, CheckOptionsError } from './checks/engine.js'
export type { CheckReport } from './checks/engine.js'
export { threadPartsFor } from './checks/thread-parts.js'
export { applyFixes } from './checks/fixes.js'
export { checkAll } from './checks/batch.js'
export type { BatchResult } from './checks/batch.js'
export { formatDiagnostic } from './checks/format.js'
export { allRules as rules } from './checks/rules/index.js'
export type { Diagnostic, Severity, Position, Point, Fix, Field } from './checks/diagnostic.js'
export type { CheckOptions, LanguageFact, PluginRule, Rule, RuleContext, RuleMessages, RuleReport, RuleSetting, PairMap } from './checks/rule.js'
export { getI18n, resources } from './i18n/instance.js'
export {
  toPayloads,
  PayloadOptionsError,
  OverflowError,
  MediaPayloadError,
  PayloadError,
  mediaUploadSchema,
  threadItemSchema,
  threadSchema,
  ScheduleWindowError,
  payloadBodySchemas,
  payloadSetSchemas,
  payloadSetSchema,
  jsonSchemas,
  xPostSchema,
  blueskyPostSchema,
  blueskyFacetSchema,
  blueskyBlobPlaceholderSchema,
  fillBlueskyBlobs,
  blueskyFacets,
  blueskyMentionedHandles,
  mastodonStatusSchema,
  mastodonVisibilitySchema,
  mastodonScheduleWindow,
  threadsPostSchema,
  linkedinPostSchema,
  escapeLinkedInText,
  facebookPostSchema,
  facebookScheduleWindow,
  instagramContainerSchema,
  youtubeVideoSchema,
  mergeYouTubeSnippet,
  youtubeScheduleWindow,
  splitThread,
  splitThreadPair,
  threadPartCount,
  ThreadSplitError,
} from './export/index.js'
export type {
  Thread,
  SeparatePayloads,
  BilingualPayloads,
  PayloadSet,
  PayloadOptions,
  AccountMode,
  LanguageOrder,
  OverflowPolicy,
  OverflowSubject,
  LocalizedMessage,
  MediaUpload,
  ThreadItem,
  ScheduleWindow,
  PayloadBodies,
  XPost,
  XMediaIds,
  BlueskyPost,
  BlueskyBlobPlaceholder,
  BlueskyFacet,
  BlueskyFacetFeature,
  HandleResolver,
  MastodonStatus,
  MastodonVisibility,
  MastodonOptions,
  ThreadsPost,
  LinkedInPost,
  LinkedInOptions,
  FacebookPost,
  InstagramContainer,
  YouTubeVideo,
  YouTubeOptions,
  YouTubeCurrentSnippet,
  ThreadOptions,
} from './export/index.js'
export {
  validateHandle,
  isValidHandle,
  isValidAtprotoHandle,
  handleRules,
  suggestHandles,
  checkHandlePair,
  defineProfile,
  checkProfile,
  profileInputSchema,
  ProfileInputError,
  urlLanguage,
  screenComment,
  detectLanguage,
  findPartisan,
  isPoliticalHashtag,
  partisanTerms,
  conductOptionsSchema,
  ConductOptionsError,
} from './accounts/index.js'
export type {
  ValidateHandleOptions,
  HandleRule,
  OfficialName,
  SuggestHandlesOptions,
  HandleSuggestion,
  PairedHandleSuggestion,
  BilingualHandleSuggestion,
  ProfileInput,
  BilingualProfile,
  ProfileInputIssue,
  CheckProfileOptions,
  ProfileReport,
  ScreenResult,
  ScreenReason,
  ScreenReasonKind,
  ScreenOptions,
  PartisanMatch,
  PartisanKind,
  ConductOptions,
  CheckOptionsWithConduct,
} from './accounts/index.js'
