/** Why an XLIFF document was refused. */
export type XliffErrorCode =
  /** Not well-formed XML (the parser's message, with line and column). */
  | 'malformed'
  /** A DOCTYPE or ENTITY declaration: refused outright, so no entity is ever expanded or fetched. */
  | 'doctype'
  /** Well-formed, but not an XLIFF 2.0 document as `toXliff` writes it (missing target, unknown code…). */
  | 'structure'
  /** The post read back is not a valid post (see `cause`, a `PostInputError`). */
  | 'invalid-post'

/**
 * Thrown by `fromXliff` for a document it will not read. `code` says why;
 * `line` and `column` (1-based) say where, when known.
 */
export class XliffError extends Error {
  override readonly name = 'XliffError'
  constructor(
    readonly code: XliffErrorCode,
    message: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause?: unknown },
  ) {
    super(line === undefined ? message : `${message} (line ${line}, column ${column ?? 1})`, options)
  }
}
