import { conductOptionsOf } from '../../conduct/options.js'
import { findPartisan } from '../../conduct/partisan.js'
import { languages } from '../../post/language.js'
import type { BilingualPost } from '../../post/define.js'
import type { Lang } from '../../post/language.js'
import type { Field } from '../diagnostic.js'
import { proseRanges } from '../../text/prose.js'
import type { Rule } from '../rule.js'

/** Text of a title or an alt text (kept here rather than imported from the engine, which imports this rule). */
function plainField(post: BilingualPost, lang: Lang, field: Field): string | undefined {
  if (field === 'title') return post.title?.[lang]
  const media = /^media\.(\d+)\.alt$/.exec(field)
  return media ? post.media[Number(media[1])]?.alt[lang] : undefined
}

const messageIds = { party: 'message', slogan: 'slogan', callToVote: 'callToVote' } as const

/**
 * Official accounts are non-partisan (Policy on Communications and Federal
 * Identity; Values and Ethics Code): no party names, partisan slogans or calls
 * to vote, in the text, the title or the alt text, in either language.
 */
export const conductPartisan: Rule = {
  id: 'conduct/partisan',
  defaultSetting: 'error',
  description: 'No party names, partisan slogans or calls to vote, in either language.',
  examples: {
    pass: {
      en: 'A third party will review the agreement. Budget 2026 is online.',
      fr: 'Une tierce partie examinera l’entente. Le budget de 2026 est en ligne.',
    },
    fail: {
      en: 'Thanks to the Liberal Party of Canada, dental care is here.',
      fr: 'Grâce au Parti libéral du Canada, les soins dentaires sont là.',
    },
  },
  check(context) {
    const options = conductOptionsOf(context.options)
    for (const lang of languages) {
      const fields: Field[] = ['text', ...(context.post.title === undefined ? [] : ['title' as const]), ...context.post.media.map((_, index) => `media.${index}.alt` as const)]
      for (const field of fields) {
        // The text's prose ranges come from the shared context; title and alt text are plain text.
        const source = field === 'text' ? context.source(lang) : plainField(context.post, lang, field)
        if (source === undefined || source === '') continue
        const ranges = field === 'text' ? context.prose(lang) : proseRanges(source, undefined)
        for (const match of findPartisan(source, options, ranges)) {
          context.report({
            messageId: messageIds[match.term.kind],
            lang,
            field,
            range: { start: match.start, end: match.end },
            data: { term: match.text, kind: match.term.kind, ...(match.term.group === undefined ? {} : { party: match.term.group }) },
          })
        }
      }
    }
  },
}
