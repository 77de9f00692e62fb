import { describe, expect, it } from 'vitest'
import { type OfficialName, suggestHandles, validateHandle } from '../src/accounts/index.js'
import { platformIds } from '../src/platforms/types.js'
import type { Bilingual } from '../src/post/language.js'

/** Applied titles and acronyms from the Federal Identity Program. */
const departments: Record<string, Bilingual<OfficialName>> = {
  TBS: { en: { title: 'Treasury Board of Canada Secretariat', acronym: 'TBS' }, fr: { title: 'Secrétariat du Conseil du Trésor du Canada', acronym: 'SCT' } },
  HC: { en: { title: 'Health Canada', acronym: 'HC' }, fr: { title: 'Santé Canada', acronym: 'SC' } },
  PHAC: { en: { title: 'Public Health Agency of Canada', acronym: 'PHAC' }, fr: { title: 'Agence de la santé publique du Canada', acronym: 'ASPC' } },
  ESDC: { en: { title: 'Employment and Social Development Canada', acronym: 'ESDC' }, fr: { title: 'Emploi et Développement social Canada', acronym: 'EDSC' } },
  IRCC: { en: { title: 'Immigration, Refugees and Citizenship Canada', acronym: 'IRCC' }, fr: { title: 'Immigration, Réfugiés et Citoyenneté Canada', acronym: 'IRCC' } },
  CRA: { en: { title: 'Canada Revenue Agency', acronym: 'CRA' }, fr: { title: 'Agence du revenu du Canada', acronym: 'ARC' } },
  ECCC: { en: { title: 'Environment and Climate Change Canada', acronym: 'ECCC' }, fr: { title: 'Environnement et Changement climatique Canada', acronym: 'ECCC' } },
  PSPC: { en: { title: 'Public Services and Procurement Canada', acronym: 'PSPC' }, fr: { title: 'Services publics et Approvisionnement Canada', acronym: 'SPAC' } },
  StatCan: { en: { title: 'Statistics Canada', acronym: 'StatCan' }, fr: { title: 'Statistique Canada', acronym: 'StatCan' } },
  GAC: { en: { title: 'Global Affairs Canada', acronym: 'GAC' }, fr: { title: 'Affaires mondiales Canada', acronym: 'AMC' } },
  DFO: { en: { title: 'Fisheries and Oceans Canada', acronym: 'DFO' }, fr: { title: 'Pêches et Océans Canada', acronym: 'MPO' } },
  PCH: { en: { title: 'Canadian Heritage', acronym: 'PCH' }, fr: { title: 'Patrimoine canadien', acronym: 'PCH' } },
}

const handlesOf = (suggestion: ReturnType<typeof suggestHandles>[number]) => (suggestion.consideration === 'paired' ? [suggestion.handles.en, suggestion.handles.fr] : [suggestion.handle])

describe('suggestHandles on federal departments', () => {
  for (const [name, department] of Object.entries(departments)) {
    it.each([...platformIds])(`${name} on %s: only valid handles, ranked, a paired and a bilingual candidate`, (platform) => {
      const suggestions = suggestHandles(department, platform)
      expect(suggestions.map((s) => s.rank)).toEqual(suggestions.map((_, i) => i + 1))
      for (const suggestion of suggestions) {
        for (const handle of handlesOf(suggestion)) {
          expect(
            validateHandle(handle, platform).filter((d) => d.severity === 'error'),
            handle,
          ).toEqual([])
          expect(handle).toMatch(/^[\x20-\x7e]+$/)
        }
        if (suggestion.consideration === 'paired') expect(suggestion.handles.en.toLowerCase()).not.toBe(suggestion.handles.fr.toLowerCase())
      }
      expect(suggestions.some((s) => s.consideration === 'paired')).toBe(true)
      expect(suggestions.some((s) => s.consideration === 'bilingual')).toBe(true)
    })
  }

  it('proposes TBS_Canada / SCT_Canada first and TBS_SCT as a bilingual handle on X', () => {
    const suggestions = suggestHandles(departments.TBS as Bilingual<OfficialName>, 'x')
    expect(suggestions[0]).toEqual({ rank: 1, platform: 'x', consideration: 'paired', basis: 'acronym', handles: { en: 'TBS_Canada', fr: 'SCT_Canada' } })
    expect(suggestions).toContainEqual(expect.objectContaining({ consideration: 'bilingual', handle: 'TBS_SCT' }))
    // The 39-character title does not fit X's 15.
    expect(suggestions.every((s) => s.basis === 'acronym')).toBe(true)
  })

  it('prefers a short title and transliterates accents', () => {
    const [first] = suggestHandles(departments.HC as Bilingual<OfficialName>, 'x')
    expect(first).toMatchObject({ consideration: 'paired', basis: 'title', handles: { en: 'HealthCanada', fr: 'SanteCanada' } })
    const dfo = suggestHandles(departments.DFO as Bilingual<OfficialName>, 'instagram')
    expect(dfo).toContainEqual(expect.objectContaining({ consideration: 'paired', basis: 'title', handles: { en: 'fisheriesoceanscanada', fr: 'pechesoceanscanada' } }))
  })

  it('marks languages when both acronyms are the same', () => {
    const suggestions = suggestHandles(departments.IRCC as Bilingual<OfficialName>, 'x')
    expect(suggestions[0]).toMatchObject({ consideration: 'paired', handles: { en: 'IRCC_EN', fr: 'IRCC_FR' } })
    expect(suggestions).toContainEqual(expect.objectContaining({ consideration: 'bilingual', handle: 'IRCC' }))
  })

  it('writes Bluesky handles as domain names under the chosen domain', () => {
    const suggestions = suggestHandles(departments.TBS as Bilingual<OfficialName>, 'bluesky', { domain: 'canada.ca' })
    expect(suggestions[0]).toMatchObject({ handles: { en: 'tbs-canada.canada.ca', fr: 'sct-canada.canada.ca' } })
    expect(suggestions).toContainEqual(expect.objectContaining({ handle: 'tbs-sct.canada.ca' }))
  })
})
