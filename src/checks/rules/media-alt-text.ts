import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

/**
 * `media/alt-text`: a media item whose alt text the platform will not
 * publish (Instagram Reels, YouTube). How long alt text may be is
 * `length/alt-text`'s, from the same table.
 */
export const mediaAltText: Rule = {
  id: 'media/alt-text',
  defaultSetting: 'warn',
  description: 'Warns when the platform takes no alt text for a media item (Instagram videos, YouTube), so its description would not be published.',
  examples: {
    pass: {
      en: 'New citizenship ceremony schedule.',
      fr: 'Nouveau calendrier des cérémonies de citoyenneté.',
      platforms: ['instagram'],
      media: [{ url: 'https://cdn.example.ca/ircc/ceremony.jpg', alt: { en: 'New citizens holding flags.', fr: 'Nouveaux citoyens tenant des drapeaux.' } }],
    },
    fail: {
      en: 'New citizenship ceremony schedule.',
      fr: 'Nouveau calendrier des cérémonies de citoyenneté.',
      platforms: ['instagram'],
      media: [{ url: 'https://cdn.example.ca/ircc/ceremony.mp4', type: 'video', alt: { en: 'New citizens taking the oath.', fr: 'De nouveaux citoyens prêtent serment.' } }],
    },
  },
  check(context) {
    reportMediaViolations(context, 'media/alt-text')
  },
}
