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

/**
 * A message of the `rules` namespace in both languages, each translated by
 * i18next when first read: most callers read one language, or none (a build
 * gate reads `report.ok`), and translating is the costliest step of a report.
 */
export function lazyMessage(key: string, data: () => Readonly<Record<string, unknown>>, instance: i18n = getI18n()): Bilingual<string> {
  const translate = (lng: Lang) => instance.t(key, { ...data(), lng, ns: 'rules' }) as string
  let en: string | undefined
  let fr: string | undefined
  // Getters of an object literal: own and enumerable like plain values, and cheaper to make than defineProperty.
  return {
    get en() {
      en ??= translate('en')
      return en
    },
    get fr() {
      fr ??= translate('fr')
      return fr
    },
  }
}
