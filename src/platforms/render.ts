import { getPlatform } from './registry.js'
import type { PlatformId } from './types.js'
import { type RenderedText, renderMarkdown } from '../text/markdown.js'

/**
 * Renders a post's Markdown source to the plain text `platformId` receives:
 * links become label + URL as that platform shows them (a bare URL when the
 * label is the URL), emphasis markers go, paragraphs and line breaks stay,
 * escapes are resolved, raw HTML tags are dropped (their text is kept).
 *
 * @example
 * render('Flu clinics open **Monday**. [Find one](https://canada.ca/flu)', 'x')
 * // 'Flu clinics open Monday. Find one https://canada.ca/flu'
 */
export function render(markdown: string, platformId: PlatformId): string {
  return renderDetailed(markdown, platformId).text
}

/** Like {@link render}, with a map back to the source and the places of links (for diagnostics and facets). */
export function renderDetailed(markdown: string, platformId: PlatformId): RenderedText {
  if (typeof markdown !== 'string') throw new TypeError(`render() takes a string, got ${typeof markdown}.`)
  return renderMarkdown(markdown, getPlatform(platformId).formatLink)
}
