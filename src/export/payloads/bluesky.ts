import * as z from 'zod/mini'
import { useEnglishZodMessages } from '../../post/zod-messages.js'
import type { Media } from '../../post/schema.js'
import { type BlueskyFacet, blueskyFacets, type HandleResolver } from './bluesky-facets.js'
import { type PartInput, PayloadError } from './common.js'

useEnglishZodMessages()

const facetIndexSchema = z.strictObject({ byteStart: z.int().check(z.nonnegative()), byteEnd: z.int().check(z.nonnegative()) })

/** A DID, as the atproto `did` string format defines it. */
const didSchema = z.string().check(z.regex(/^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/))

const facetFeatureSchema = z.discriminatedUnion('$type', [
  z.strictObject({ $type: z.literal('app.bsky.richtext.facet#link'), uri: z.string().check(z.minLength(1)) }),
  z.strictObject({ $type: z.literal('app.bsky.richtext.facet#mention'), did: didSchema }),
  z.strictObject({ $type: z.literal('app.bsky.richtext.facet#tag'), tag: z.string().check(z.minLength(1), z.maxLength(640)) }),
])

/** `app.bsky.richtext.facet`: a UTF-8 byte range of the text and what it is. */
export const blueskyFacetSchema = z.strictObject({ index: facetIndexSchema, features: z.array(facetFeatureSchema).check(z.minLength(1)) })

/**
 * Stands where a blob ref goes until the sender has uploaded the file
 * (`com.atproto.repo.uploadBlob`) and got its `blob`: replace it with that
 * blob, e.g. with {@link fillBlueskyBlobs}.
 */
export const blueskyBlobPlaceholderSchema = z.strictObject({
  $type: z.literal('bilingual-posts#blobPlaceholder'),
  /** Index of the media item in `post.media`. */
  mediaIndex: z.int().check(z.nonnegative()),
  /** Where the file is, as the post gave it. */
  url: z.optional(z.string()),
})
export type BlueskyBlobPlaceholder = z.infer<typeof blueskyBlobPlaceholderSchema>

const strongRefSchema = z.strictObject({ uri: z.string(), cid: z.string() })

const imagesEmbedSchema = z.strictObject({
  $type: z.literal('app.bsky.embed.images'),
  images: z.array(z.strictObject({ image: blueskyBlobPlaceholderSchema, alt: z.string() })).check(z.minLength(1), z.maxLength(4)),
})
const videoEmbedSchema = z.strictObject({
  $type: z.literal('app.bsky.embed.video'),
  /** An MP4 (the lexicon's blob `accept` is `video/mp4` only). */
  video: blueskyBlobPlaceholderSchema,
  alt: z.optional(z.string()),
  /** `gif` for a GIF sent as MP4, so clients loop it silently as the app does. */
  presentation: z.optional(z.enum(['default', 'gif'])),
})

/**
 * Bluesky `app.bsky.feed.post` record, as `com.atproto.repo.createRecord`
 * takes it (`collection: 'app.bsky.feed.post'`). Image and video blobs are
 * placeholders until uploaded; `reply` is for the sender to set (see
 * `ThreadItem`). Source: bluesky-social/atproto `lexicons/app/bsky/feed/post.json`.
 */
export const blueskyPostSchema = z.strictObject({
  $type: z.literal('app.bsky.feed.post'),
  text: z.string().check(z.maxLength(3000)),
  /** RFC 3339 date-time. */
  createdAt: z.iso.datetime({ offset: true }),
  /** BCP 47 tags, `en-CA` / `fr-CA`. */
  langs: z.optional(z.array(z.string()).check(z.maxLength(3))),
  facets: z.optional(z.array(blueskyFacetSchema)),
  embed: z.optional(z.discriminatedUnion('$type', [imagesEmbedSchema, videoEmbedSchema])),
  reply: z.optional(z.strictObject({ root: strongRefSchema, parent: strongRefSchema })),
})
export type BlueskyPost = z.infer<typeof blueskyPostSchema>

/** What the Bluesky builder needs beyond the part. */
export interface BlueskyContext {
  /** RFC 3339 time of the first part; later parts are 1 ms apart so clients keep their order. */
  readonly createdAt: string
  readonly resolveHandle?: HandleResolver
}

function placeholder(media: Media, mediaIndex: number): BlueskyBlobPlaceholder {
  return { $type: 'bilingual-posts#blobPlaceholder', mediaIndex, ...(media.url === undefined ? {} : { url: media.url }) }
}

/**
 * Images in `app.bsky.embed.images`; one video, or one GIF (as the MP4 the
 * media table requires), in `app.bsky.embed.video`. `toPayloads` has already
 * refused what Bluesky does not take (src/platforms/bluesky.ts, `media/…`).
 */
function embedFor(part: PartInput): BlueskyPost['embed'] {
  const media = part.media
  const [only] = media
  if (only === undefined) return undefined
  if (only.type !== 'image' && media.length === 1) {
    return { $type: 'app.bsky.embed.video', video: placeholder(only, 0), alt: part.alt(only), ...(only.type === 'gif' ? { presentation: 'gif' as const } : {}) }
  }
  if (media.some((m) => m.type !== 'image')) throw new PayloadError('Bluesky takes either up to 4 images or one video per post, not a mix.')
  return { $type: 'app.bsky.embed.images', images: media.map((m, i) => ({ image: placeholder(m, i), alt: part.alt(m) })) }
}

function shiftTime(rfc3339: string, milliseconds: number): string {
  return milliseconds === 0 ? rfc3339 : new Date(Date.parse(rfc3339) + milliseconds).toISOString()
}

/** Builds the record of one part. */
export function buildBlueskyPost(part: PartInput, context: BlueskyContext): BlueskyPost {
  const facets: BlueskyFacet[] = blueskyFacets(part.text, part.links, context.resolveHandle)
  for (const facet of facets) {
    for (const feature of facet.features) {
      if (feature.$type === 'app.bsky.richtext.facet#mention' && !didSchema.safeParse(feature.did).success) {
        throw new PayloadError(`resolveHandle returned ${JSON.stringify(feature.did)}, which is not a DID (did:plc:… or did:web:…).`)
      }
    }
  }
  const embed = embedFor(part)
  return {
    $type: 'app.bsky.feed.post',
    text: part.text,
    createdAt: shiftTime(context.createdAt, part.index),
    langs: part.langs.map((lang) => `${lang}-CA`),
    ...(facets.length === 0 ? {} : { facets }),
    ...(embed === undefined ? {} : { embed }),
  }
}

/**
 * Replaces each blob placeholder of a record with the blob the sender got from
 * `com.atproto.repo.uploadBlob` for that media item.
 *
 * @example
 * const ready = fillBlueskyBlobs(item.body, (p) => uploaded[p.mediaIndex].blob)
 * await agent.com.atproto.repo.createRecord({ repo: did, collection: 'app.bsky.feed.post', record: ready })
 */
export function fillBlueskyBlobs<Blob>(record: BlueskyPost, blobFor: (placeholder: BlueskyBlobPlaceholder) => Blob) {
  const embed = record.embed
  if (embed === undefined) return record as Omit<BlueskyPost, 'embed'>
  if (embed.$type === 'app.bsky.embed.images') {
    return { ...record, embed: { ...embed, images: embed.images.map((image) => ({ ...image, image: blobFor(image.image) })) } }
  }
  return { ...record, embed: { ...embed, video: blobFor(embed.video) } }
}
