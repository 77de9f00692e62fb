import { reportMediaViolations } from '../media.js'
import type { Rule } from '../rule.js'

const alt = (en: string, fr: string) => ({ en, fr })

/** `media/count`: how many media items, and which kinds together, each platform takes in one post. */
export const mediaCount: Rule = {
  id: 'media/count',
  defaultSetting: 'error',
  description: 'The post has as many media items, of kinds that go together, as each platform takes (X: 4 images, or one GIF or video).',
  examples: {
    pass: {
      en: 'Flooding on the Red River: the flood warning now covers Emerson.',
      fr: 'Crues de la rivière Rouge : l’avertissement de crue s’étend maintenant à Emerson.',
      platforms: ['x'],
      media: [
        { url: 'https://cdn.example.ca/flood/map.png', alt: alt('Map of the warning area along the Red River.', 'Carte de la zone visée le long de la rivière Rouge.') },
        { url: 'https://cdn.example.ca/flood/levels.png', alt: alt('Chart of river levels at Emerson since Monday.', 'Graphique des niveaux de la rivière à Emerson depuis lundi.') },
      ],
    },
    fail: {
      en: 'Flooding on the Red River: the flood warning now covers Emerson.',
      fr: 'Crues de la rivière Rouge : l’avertissement de crue s’étend maintenant à Emerson.',
      platforms: ['x'],
      media: [
        { url: 'https://cdn.example.ca/flood/map.png', alt: alt('Map of the warning area along the Red River.', 'Carte de la zone visée le long de la rivière Rouge.') },
        { url: 'https://cdn.example.ca/flood/briefing.mp4', type: 'video', alt: alt('Video of the morning briefing.', 'Vidéo du point de presse du matin.') },
      ],
    },
  },
  check(context) {
    reportMediaViolations(context, 'media/count')
  },
}
