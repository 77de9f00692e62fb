import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import { extractUrls } from '../../text/urls.js'
import type { PartInput } from './common.js'

useEnglishZodMessages()

/**
 * Facebook Page `POST /{page-id}/feed` parameters: the message and the link
 * the post previews (the first link of the text, when there is one).
 * Source: Graph API reference, "Page Feed".
 */
export const facebookPostSchema = z.strictObject({
  message: z.string(),
  link: z.optional(z.string()),
})
export type FacebookPost = z.infer<typeof facebookPostSchema>

/** The first link of the part: a Markdown link's URL, else the first URL written in the text. */
function firstLink(part: PartInput): string | undefined {
  const fromMarkdown = part.links[0]
  const written = extractUrls(part.text)[0]
  if (fromMarkdown !== undefined && (written === undefined || fromMarkdown.start <= written.start)) return fromMarkdown.url
  if (written === undefined) return undefined
  return /^https?:\/\//i.test(written.url) ? written.url : `https://${written.url}`
}

/** Builds the parameters of the post. */
export function buildFacebookPost(part: PartInput): FacebookPost {
  const link = firstLink(part)
  return { message: part.text, ...(link === undefined ? {} : { link }) }
}
