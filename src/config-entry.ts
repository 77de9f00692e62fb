/**
 * `bilingual-posts/config`: find and read a project's config file, as the CLI does, for publishing tools
 * that run in Node. A Node-only entry (it reads files through lilconfig), kept apart so that
 * `bilingual-posts/pipelines` runs in a browser; `defineConfig` and the config's type are in both.
 *
 * @example
 * import { loadConfig } from 'bilingual-posts/config'
 * const found = await loadConfig({ from: 'posts/recalls/romaine.md' })
 */
export { loadConfig, ConfigError, configSearchPlaces } from './config/load.js'
export type { LoadedConfig } from './config/load.js'
export { defineConfig, configSchema } from './config/schema.js'
export type { BilingualPostsConfig } from './config/schema.js'
