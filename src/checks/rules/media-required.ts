import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

/**
 * `media/required`: a platform whose posts are media (Instagram) gets at
 * least one item. An error, as `toPayloads` refuses such a post there; but
 * only where the platforms were chosen (the post's `platforms`, or the
 * check's): a post that names none is meant for every platform, and a
 * text-only one is then simply not an Instagram post.
 */
export const mediaRequired: Rule = {
  id: 'media/required',
  defaultSetting: 'error',
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
