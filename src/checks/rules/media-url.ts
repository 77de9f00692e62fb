import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

/** `media/url`: where a platform downloads the file itself (Instagram, Threads), its URL is absolute, `https` and on a public server. */
export const mediaUrl: Rule = {
  id: 'media/url',
  defaultSetting: 'error',
  description: 'Where the platform downloads the file itself (Instagram, Threads), the media URL is absolute, https and public (see mediaBaseUrl).',
  examples: {
    pass: {
      en: 'Job fair for students on March 12.',
      fr: 'Salon de l’emploi pour étudiants le 12 mars.',
      platforms: ['threads'],
      media: [{ url: 'https://cdn.example.ca/jobs/fair-poster.jpg', alt: { en: 'Job fair poster.', fr: 'Affiche du salon de l’emploi.' } }],
    },
    fail: {
      en: 'Job fair for students on March 12.',
      fr: 'Salon de l’emploi pour étudiants le 12 mars.',
      platforms: ['threads'],
      media: [{ url: 'media/fair-poster.jpg', alt: { en: 'Job fair poster.', fr: 'Affiche du salon de l’emploi.' } }],
    },
  },
  check(context) {
    reportMediaViolations(context, 'media/url')
  },
}
