import type * as z from 'zod/mini'

/** One problem found in a user's input, with the path to the bad value. */
export interface InputIssue {
  /** Path to the bad value, e.g. `['media', 0, 'alt', 'fr']`. */
  readonly path: readonly (string | number)[]
  readonly message: string
  readonly code: string
}

/** zod's issues as the library reports them (symbol keys written as strings). */
export function inputIssues(error: z.core.$ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
    code: issue.code,
  }))
}

/** The issues as indented lines under a heading, for an error's message. */
export function formatInputIssues(heading: string, issues: readonly InputIssue[], root: string): string {
  return `${heading}:\n${issues.map((issue) => `  - ${issue.path.length === 0 ? root : issue.path.map(String).join('.')}: ${issue.message}`).join('\n')}`
}
