import type { i18n } from 'i18next'
import { getI18n } from '../i18n/instance.js'
import type { Bilingual, Lang } from '../post/language.js'

/**
 * Defines `key` on `target` as an enumerable property computed on first read,
 * then kept. Spreading, `JSON.stringify` and test matchers all read it like a
 * plain value; a check whose caller never reads it never pays for it.
 */
export function defineLazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  let value: V | undefined
  let computed = false
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!computed) {
        value = compute()
        computed = true
      }
      return value
    },
  })
  return target as T & { readonly [P in K]: V }
}

/** Most translations remembered per i18next instance: one check report holds a few dozen. */
const maxRemembered = 5000
const remembered = new WeakMap<i18n, Map<string, string>>()

/**
 * The same message with the same facts comes back from post to post (a
 * missing no-break space, an emoji in one language only), and i18next takes
 * tens of microseconds a call. Translations are remembered per instance and
 * forgotten whenever resources are added or removed (a host rewording
 * messages), so the wording is always the instance's current one.
 */
function translationsOf(instance: i18n): Map<string, string> | undefined {
  let translations = remembered.get(instance)
  if (translations === undefined) {
    const store = instance.store as i18n['store'] | undefined
    if (store === undefined) return undefined // not initialised: nothing to listen to, translate each time
    const created = new Map<string, string>()
    const forget = () => created.clear()
    store.on('added', forget)
    store.on('removed', forget)
    remembered.set(instance, created)
    translations = created
  }
  return translations
}

/** The message `key` in `lng`, with `data`'s facts, as the instance words it now (remembered, see {@link translationsOf}). */
function translate(key: string, data: () => Readonly<Record<string, unknown>>, instance: i18n, lng: Lang): string {
  const values = data()
  const translations = translationsOf(instance)
  const memoKey = `${lng}\u0000${key}\u0000${JSON.stringify(values)}`
  let text = translations?.get(memoKey)
  if (text === undefined) {
    text = instance.t(key, { ...values, lng, ns: 'rules' })
    if (translations !== undefined) {
      if (translations.size >= maxRemembered) translations.clear()
      translations.set(memoKey, text)
    }
  }
  return text
}

/**
 * A message of the `rules` namespace in both languages, each translated by
 * i18next when first read: most callers read one language, or none (a build
 * gate reads `report.ok`), and translating is the costliest step of a report.
 */
export function lazyMessage(key: string, data: () => Readonly<Record<string, unknown>>, instance: i18n = getI18n()): Bilingual<string> {
  let en: string | undefined
  let fr: string | undefined
  // Getters of an object literal: own and enumerable like plain values, and cheaper to make than defineProperty.
  return {
    get en() {
      en ??= translate(key, data, instance, 'en')
      return en
    },
    get fr() {
      fr ??= translate(key, data, instance, 'fr')
      return fr
    },
  }
}
