import type { i18n } from 'i18next'
import enCli from '../../locales/en/cli.json'
import frCli from '../../locales/fr/cli.json'
import { getI18n } from './instance.js'

const loaded = new WeakSet<i18n>()

/**
 * The library's i18next instance with the `cli` namespace added: the words of
 * the command line, of post-file problems and of the preview page. Only the
 * CLI and `bilingual-posts/pipelines` use them, so the main entry does not
 * carry them. Keys a host added to `cli` beforehand are kept (no overwrite).
 */
export function cliI18n(): i18n {
  const instance = getI18n()
  if (!loaded.has(instance)) {
    instance.addResourceBundle('en', 'cli', enCli, true, false)
    instance.addResourceBundle('fr', 'cli', frCli, true, false)
    loaded.add(instance)
  }
  return instance
}
