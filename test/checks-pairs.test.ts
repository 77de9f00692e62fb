import { describe, expect, it } from 'vitest'
import { applyFixes, check, definePost, type CheckOptions, type Diagnostic } from '../src/index.js'

/** Pairs a department would declare (handles of paired EN/FR accounts, campaign hashtags). */
const pairs = {
  '@HealthCanada': '@SanteCanada',
  '@CRA_ARC': '@ARC_CRA',
  '@GCJobs': '@EmploisGC',
  '#GCJobs': '#EmploisGC',
  '#FluSeason': '#SaisonGrippe',
  '#CdnTax': '#ImpôtCdn',
} as const

const options: CheckOptions = { preset: 'none', rules: { 'parity/mentions': 'error', 'parity/hashtags': 'error' }, pairs }
const run = (en: string, fr: string): readonly Diagnostic[] => check(definePost({ en, fr }), options).diagnostics
const keys = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.lang} ${d.messageKey}`)

describe('pairs enforced both ways (parity/mentions, parity/hashtags)', () => {
  it('accepts each language with its own form of every pair', () => {
    expect(
      run(
        'Flu shots are free this fall. Ask your pharmacist. @HealthCanada #FluSeason',
        'Le vaccin contre la grippe est gratuit cet automne. Parlez-en à votre pharmacien. @SanteCanada #SaisonGrippe',
      ),
    ).toEqual([])
  })

  it('reports the English handle left in the French text, names its pair in both languages, and fixes it', () => {
    const en = 'Recall: Brand X infant formula, lots 2405A to 2411C. Details from @HealthCanada.'
    const fr = 'Rappel : préparation pour nourrissons de marque X, lots 2405A à 2411C. Détails de @HealthCanada.'
    const diagnostics = run(en, fr)
    expect(keys(diagnostics)).toEqual(['fr parity/mentions.englishInFrench'])
    const [d] = diagnostics
    expect(d?.data).toMatchObject({ value: '@HealthCanada', pair: '@SanteCanada' })
    expect(d?.message.en).toBe('The English handle @HealthCanada is in the French text; its French pair is @SanteCanada.')
    expect(d?.message.fr).toBe('Le compte anglais @HealthCanada figure dans le texte français; son équivalent français est @SanteCanada.')
    // The range is the handle only, without the full stop that follows it.
    expect(fr.slice(d?.position?.start.offset, d?.position?.end.offset)).toBe('@HealthCanada')
    const fixed = applyFixes(definePost({ en, fr }), diagnostics)
    expect(fixed.fr).toBe('Rappel : préparation pour nourrissons de marque X, lots 2405A à 2411C. Détails de @SanteCanada.')
    expect(fixed.en).toBe(en)
    expect(run(fixed.en, fixed.fr)).toEqual([])
  })

  it('reports the French hashtag left in the English text, with the English pair as the fix', () => {
    const en = 'Tax season is here: file by April 30 to avoid interest. #ImpôtCdn'
    const fr = 'La période des impôts est arrivée : produisez votre déclaration d’ici le 30 avril. #ImpôtCdn'
    const diagnostics = run(en, fr)
    expect(keys(diagnostics)).toEqual(['en parity/hashtags.frenchInEnglish'])
    expect(diagnostics[0]?.message.en).toBe('The French hashtag #ImpôtCdn is in the English text; its English pair is #CdnTax.')
    expect(diagnostics[0]?.message.fr).toBe('Le mot-clic français #ImpôtCdn figure dans le texte anglais; son équivalent anglais est #CdnTax.')
    expect(applyFixes(definePost({ en, fr }), diagnostics).en).toBe('Tax season is here: file by April 30 to avoid interest. #CdnTax')
  })

  it('matches whatever the case or accents, and replaces with the pair as declared', () => {
    const en = 'Public service jobs open now, apply by Friday! #gcjobs @gcjobs'
    const fr = 'Des emplois dans la fonction publique sont ouverts : postulez d’ici vendredi! #GCJOBS, @GcJobs'
    const diagnostics = run(en, fr)
    expect(keys(diagnostics)).toEqual(['fr parity/hashtags.englishInFrench', 'fr parity/mentions.englishInFrench'])
    expect(applyFixes(definePost({ en, fr }), diagnostics).fr).toBe('Des emplois dans la fonction publique sont ouverts : postulez d’ici vendredi! #EmploisGC, @EmploisGC')
    // #impotcdn (no accent) in the English text is still the French form.
    expect(keys(run('File by April 30. #impotcdn', 'Produisez d’ici le 30 avril. #ImpôtCdn'))).toEqual(['en parity/hashtags.frenchInEnglish'])
  })

  it('finds tags before trailing punctuation: a comma, a full stop, a closing parenthesis, a question mark', () => {
    const en = 'Questions about your return (ask @CRA_ARC)? Use #CdnTax.'
    const fr = 'Des questions sur votre déclaration (demandez à @CRA_ARC)? Utilisez #CdnTax.'
    const diagnostics = run(en, fr)
    expect(diagnostics.map((d) => d.data.value)).toEqual(['@CRA_ARC', '#CdnTax'])
    expect(applyFixes(definePost({ en, fr }), diagnostics).fr).toBe('Des questions sur votre déclaration (demandez à @ARC_CRA)? Utilisez #ImpôtCdn.')
  })

  it('reports each tag once when both are swapped, and a fix gives the right post', () => {
    const en = 'Get your flu shot. #SaisonGrippe'
    const fr = 'Faites-vous vacciner contre la grippe. #FluSeason'
    const diagnostics = run(en, fr)
    expect(keys(diagnostics)).toEqual(['en parity/hashtags.frenchInEnglish', 'fr parity/hashtags.englishInFrench'])
    const fixed = applyFixes(definePost({ en, fr }), diagnostics)
    expect([fixed.en, fixed.fr]).toEqual(['Get your flu shot. #FluSeason', 'Faites-vous vacciner contre la grippe. #SaisonGrippe'])
  })

  it('still reports a pair whose counterpart is missing, once', () => {
    const diagnostics = run('Flu clinics open Monday. #FluSeason', 'Les cliniques ouvrent lundi.')
    expect(keys(diagnostics)).toEqual(['en parity/hashtags.missingPair', 'en parity/hashtags.count'])
  })

  it('accepts an unpaired tag used in both languages', () => {
    const en = 'COVID-19 vaccines are available for everyone 6 months and older. #COVID19 @PHAC_GC'
    const fr = 'Les vaccins contre la COVID-19 sont offerts à toute personne de 6 mois et plus. #COVID19 @PHAC_GC'
    expect(run(en, fr)).toEqual([])
  })

  it('does not take a handle inside a URL or an e-mail address for a mention', () => {
    const en = 'Write to media@hc-sc.gc.ca or see https://x.com/HealthCanada/status/1 and https://www.canada.ca/@HealthCanada @HealthCanada'
    const fr = 'Écrivez à info@HealthCanada.gc.ca ou voyez https://x.com/HealthCanada/status/1 et https://www.canada.ca/@HealthCanada @SanteCanada'
    expect(run(en, fr)).toEqual([])
  })

  it('leaves a tag declared on both sides of pairs, or paired with itself, alone', () => {
    const both: CheckOptions = { ...options, pairs: { '#COVID19': '#COVID19', '#Canada': '#Québec', '#Québec': '#Québec' } }
    expect(check(definePost({ en: 'Vaccines. #COVID19', fr: 'Vaccins. #COVID19' }), both).diagnostics).toEqual([])
    // #Québec is a declared French form and a declared English form: never the wrong language.
    expect(check(definePost({ en: 'Visit us. #Québec', fr: 'Visitez-nous. #Québec' }), both).diagnostics).toEqual([])
  })

  it('takes the declared pair first, so the English tag left over is the one reported', () => {
    // Both the pair and the English handle are in the French text: the pair corresponds, the English one is left.
    const diagnostics = run('With @HealthCanada', 'Avec @SanteCanada et @HealthCanada')
    expect(keys(diagnostics)).toEqual(['fr parity/mentions.englishInFrench', 'fr parity/mentions.count'])
    expect(diagnostics[1]?.data.unmatched).toEqual(['@HealthCanada'])
  })

  it('does what the README example says', () => {
    const flu = definePost({ en: 'Get your flu shot. @HealthCanada #FluSeason', fr: 'Faites-vous vacciner. @HealthCanada #SaisonGrippe' })
    const found = check(flu, { pairs: { '@HealthCanada': '@SanteCanada', '#FluSeason': '#SaisonGrippe' } }).diagnostics.filter((d) => d.ruleId === 'parity/mentions')
    expect(found.map((d) => d.message.en)).toEqual(['The English handle @HealthCanada is in the French text; its French pair is @SanteCanada.'])
    expect(applyFixes(flu, found).fr).toBe('Faites-vous vacciner. @SanteCanada #SaisonGrippe')
  })

  it('reports nothing of the kind without pairs', () => {
    const plain: CheckOptions = { preset: 'none', rules: { 'parity/mentions': 'error' } }
    expect(check(definePost({ en: 'With @HealthCanada', fr: 'Avec @HealthCanada' }), plain).diagnostics).toEqual([])
  })
})
