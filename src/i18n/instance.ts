import { createInstance, type i18n, type Resource } from 'i18next'
import enAccounts from '../../locales/en/accounts.json'
import enInput from '../../locales/en/input.json'
import enRules from '../../locales/en/rules.json'
import frAccounts from '../../locales/fr/accounts.json'
import frInput from '../../locales/fr/input.json'
import frRules from '../../locales/fr/rules.json'
import { freezeDeep } from '../text/frozen.js'

/**
 * The library's message resources, by language and namespace (`input`: the
 * problems of a post, profile or config input), frozen: they stay as published
 * whatever a host adds to the instance. (The `cli` namespace, for the command
 * line and `bilingual-posts/pipelines`, is added to the instance by those entries.)
 */
export const resources: Resource = freezeDeep({
  en: { rules: enRules, accounts: enAccounts, input: enInput },
  fr: { rules: frRules, accounts: frAccounts, input: frInput },
})

let shared: i18n | undefined

/**
 * The library's own i18next instance (made with `createInstance`), so it never
 * touches the host application's i18next. Hosts can add or override keys with
 * `getI18n().addResourceBundle('fr', 'rules', {...}, true, true)`, or pass their
 * own instance to `check` as `i18n`.
 */
export function getI18n(): i18n {
  if (shared) return shared
  const instance = createInstance()
  void instance.init({
    // i18next keeps the object it is given as its store, and `addResourceBundle` writes into it: a copy.
    resources: structuredClone(resources),
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    ns: ['rules', 'accounts', 'input'],
    defaultNS: 'rules',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  shared = instance
  return instance
}
