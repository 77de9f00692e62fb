import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

/**
 * `length/alt-text`: each media item’s alt text, in each language, fits each
 * platform’s alt-text limit for that kind of media, counted as the platform
 * counts it (the platform's media table, shared with `toPayloads`).
 */
export const lengthAltText: Rule = {
  id: 'length/alt-text',
  defaultSetting: 'error',
  description: 'Each media item’s alt text fits the platform’s alt-text limit, in both languages.',
  examples: {
    pass: { en: 'Map', fr: 'Carte', platforms: ['x'], media: [{ alt: { en: 'Map of clinics', fr: 'Carte des cliniques' } }] },
    fail: { en: 'Map', fr: 'Carte', platforms: ['x'], media: [{ alt: { en: 'Map of clinics', fr: 'Carte des cliniques. '.repeat(60) } }] },
  },
  check(context) {
    reportMediaViolations(context, 'length/alt-text')
  },
}
