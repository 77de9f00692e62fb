import { threadPartCount, ThreadSplitError } from '../../platforms/thread.js'
import type { Lang } from '../../post/language.js'
import { languages, otherLanguage } from '../../post/language.js'
import type { PlatformOverrides } from '../../platforms/registry.js'
import type { Constraint, PlatformId } from '../../platforms/types.js'
import { overflowRange } from '../overflow.js'
import type { Rule, RuleContext } from '../rule.js'

/** Parts of the thread `text` (as `platform` receives it) would make, or null when one word is longer than a post. */
export function partsFor(text: string, platform: PlatformId, limits: PlatformOverrides | undefined): number | null {
  try {
    return threadPartCount(text, platform, limits ? { limits } : {})
  } catch (error) {
    if (error instanceof ThreadSplitError) return null
    throw error
  }
}

const messageFor: Record<string, string> = {
  bytes: 'bytes',
  hashtags: 'hashtags',
  mentions: 'mentions',
  links: 'links',
  'forbidden-characters': 'forbiddenCharacters',
}

function reportSecondary(context: RuleContext, lang: Lang, platform: PlatformId, failed: Constraint): void {
  context.report({
    messageId: messageFor[failed.name] ?? 'message',
    lang,
    platform,
    data: { length: failed.length, limit: failed.limit, over: failed.length - failed.limit, count: failed.length - failed.limit, unit: failed.unit, constraint: failed.name },
  })
}

/**
 * `length/over-limit`: each language, rendered for each platform, must fit
 * that platform's limits as the platform counts them. When only the French is
 * over, the message says so and gives the remedies with numbers.
 */
export const lengthOverLimit: Rule = {
  id: 'length/over-limit',
  defaultSetting: 'error',
  description: 'Each language, rendered for each platform, fits that platform’s limits (counted as the platform counts).',
  examples: {
    pass: { en: 'Flu clinics open Monday. #FluSeason', fr: 'Les cliniques de grippe ouvrent lundi. #SaisonDeLaGrippe', platforms: ['x'] },
    fail: {
      en: 'Wildfire alert for Hay River: an evacuation order is in effect as of 2:30 pm. Leave now using Highway 1 south. Evacuation centre: Fort Smith Recreation Centre. Updates: https://www.canada.ca/en/services/policing/emergencies/fires.html #NWTFire',
      fr: 'Alerte de feu de forêt pour la ville de Hay River\u00a0: un ordre d’évacuation est en vigueur depuis 14\u00a0h\u00a030. Quittez immédiatement les lieux par la route\u00a01 en direction sud. Centre d’évacuation\u00a0: centre récréatif de Fort Smith, ouvert jour et nuit. Mises à jour\u00a0: https://www.canada.ca/fr/services/police/urgences/incendies.html #FeuxTNO',
      platforms: ['x'],
    },
  },
  check(context) {
    for (const platform of context.platforms) {
      for (const lang of languages) {
        const measurement = context.measure(lang, platform)
        if (measurement.withinLimit) continue
        const [main, ...others] = measurement.constraints
        for (const failed of others) if (!failed.withinLimit) reportSecondary(context, lang, platform, failed)
        if (main === undefined || main.withinLimit) continue
        const over = main.length - main.limit
        const otherFits = context.measure(otherLanguage(lang), platform).constraints[0]?.withinLimit ?? false
        const data = { length: main.length, limit: main.limit, over, count: over, unit: main.unit, otherFits }
        const messageId = otherFits ? `${lang}Only` : 'message'
        const range = overflowRange(context, lang, platform)
        // Splitting a long text into a thread is the costliest fact of a report: counted only when asked for.
        if (context.options.threadParts !== true) {
          context.report({ messageId, lang, platform, range, data, context: 'uncounted' })
          continue
        }
        const parts = partsFor(context.rendered(lang, platform).text, platform, context.options.limits)
        // Without a possible thread (one word longer than a post), the message offers no thread.
        context.report({ messageId, lang, platform, range, data: { ...data, parts }, ...(parts === null ? { context: 'noThread' } : {}) })
      }
    }
  },
}
