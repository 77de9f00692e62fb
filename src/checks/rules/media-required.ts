import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

/**
 * `media/required`: a platform whose posts are media (Instagram) gets at
 * least one item. A warning by default: a post meant for every platform (no
 * `platforms` given) is often text only, and `toPayloads` refuses it for
 * Instagram anyway; raise it to `error` where Instagram is always meant.
 */
export const mediaRequired: Rule = {
  id: 'media/required',
  defaultSetting: 'warn',
  description: 'A platform whose posts are media (Instagram) gets an image or a video.',
  examples: {
    pass: {
      en: 'Canada Day celebrations on Parliament Hill start at noon.',
      fr: 'Les célébrations de la fête du Canada sur la colline du Parlement commencent à midi.',
      platforms: ['instagram'],
      media: [{ url: 'https://cdn.example.ca/pch/canada-day.jpg', alt: { en: 'Fireworks over the Peace Tower.', fr: 'Feux d’artifice au-dessus de la tour de la Paix.' } }],
    },
    fail: {
      en: 'Canada Day celebrations on Parliament Hill start at noon.',
      fr: 'Les célébrations de la fête du Canada sur la colline du Parlement commencent à midi.',
      platforms: ['instagram'],
    },
  },
  check(context) {
    reportMediaViolations(context, 'media/required')
  },
}
