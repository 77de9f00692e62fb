import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

/** `media/format`: each media item's format (its `mimeType`, or its URL's extension) is one the platform takes. */
export const mediaFormat: Rule = {
  id: 'media/format',
  defaultSetting: 'error',
  description: 'Each media item’s format (its mimeType, or its URL’s extension) is one the platform takes (Instagram: JPEG images only).',
  examples: {
    pass: {
      en: 'Tax-filing deadline: April 30.',
      fr: 'Date limite de production des déclarations : le 30 avril.',
      platforms: ['instagram'],
      media: [{ url: 'https://cdn.example.ca/cra/deadline.jpg', alt: { en: 'Calendar with April 30 circled.', fr: 'Calendrier où le 30 avril est encerclé.' } }],
    },
    fail: {
      en: 'Tax-filing deadline: April 30.',
      fr: 'Date limite de production des déclarations : le 30 avril.',
      platforms: ['instagram'],
      media: [{ url: 'https://cdn.example.ca/cra/deadline.png', alt: { en: 'Calendar with April 30 circled.', fr: 'Calendrier où le 30 avril est encerclé.' } }],
    },
  },
  check(context) {
    reportMediaViolations(context, 'media/format')
  },
}
