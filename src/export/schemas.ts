import * as z from 'zod/mini'
import { postInputSchema } from '../post/schema.js'
import type { PlatformId } from '../platforms/types.js'
import { threadSchema } from './payloads/common.js'
import { builders, type PayloadBodies } from './payloads/registry.js'

const langSchema = z.enum(['en', 'fr'])

/**
 * Schema of what `toPayloads` returns for a platform whose post body is
 * `body`: one thread per language (`separate`), or one thread of bilingual
 * posts (`bilingual`).
 */
export function payloadSetSchema<Body extends z.core.$ZodType>(body: Body) {
  const thread = threadSchema(body)
  return z.discriminatedUnion('accounts', [
    z.strictObject({ platform: z.string(), accounts: z.literal('separate'), en: thread, fr: thread }),
    z.strictObject({ platform: z.string(), accounts: z.literal('bilingual'), langs: z.tuple([langSchema, langSchema]), bilingual: thread }),
  ])
}

/** Schema of each platform's post body (X `POST /2/tweets`, Bluesky `app.bsky.feed.post`, …). */
export const payloadBodySchemas = {
  x: builders.x.schema,
  bluesky: builders.bluesky.schema,
  mastodon: builders.mastodon.schema,
  threads: builders.threads.schema,
  linkedin: builders.linkedin.schema,
  facebook: builders.facebook.schema,
  instagram: builders.instagram.schema,
  youtube: builders.youtube.schema,
} as const satisfies Record<PlatformId, z.ZodMiniType>

/** Schema of `toPayloads`' result, per platform. */
export const payloadSetSchemas = Object.fromEntries(Object.entries(payloadBodySchemas).map(([platform, body]) => [platform, payloadSetSchema(body)])) as {
  readonly [P in PlatformId]: ReturnType<typeof payloadSetSchema<z.ZodMiniType<PayloadBodies[P]>>>
}

/**
 * Every published schema as JSON Schema (draft 2020-12), by file name: the
 * post input (`post-input.json`), each platform's body (`<platform>.post.json`)
 * and each platform's payload set (`<platform>.payloads.json`). The build
 * writes them to `schemas/`; tests validate against the same objects.
 */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const files: Record<string, Record<string, unknown>> = {
    'post-input.json': withId(z.toJSONSchema(postInputSchema, { io: 'input', unrepresentable: 'any' }), 'post-input.json'),
  }
  for (const [platform, body] of Object.entries(payloadBodySchemas)) {
    files[`${platform}.post.json`] = withId(z.toJSONSchema(body, { io: 'output' }), `${platform}.post.json`)
    files[`${platform}.payloads.json`] = withId(z.toJSONSchema(payloadSetSchemas[platform as PlatformId], { io: 'output' }), `${platform}.payloads.json`)
  }
  return files
}

function withId(schema: Record<string, unknown>, file: string): Record<string, unknown> {
  return { ...schema, $id: `https://unpkg.com/bilingual-posts/schemas/${file}` }
}
