import { resolve } from 'node:path'
import type { CheckOptions } from '../checks/rule.js'
import { configLoader } from '../config/load.js'
import type { BilingualPostsConfig } from '../config/schema.js'
import type { PlatformId } from '../platforms/types.js'
import type { CliRequest } from './args.js'
import type { CliEnvironment } from './environment.js'

type RunRequest = Extract<CliRequest, { kind: 'run' }>

/** For one run: the config that applies to a post file, found from its folder upward, named by `--config`, or none (`--no-config`). */
export function configForFiles(request: RunRequest, environment: CliEnvironment): (file: string) => Promise<BilingualPostsConfig> {
  const load = configLoader()
  return async (file) => {
    if (request.config === false) return {}
    const found = await load(request.config === undefined ? { from: resolve(environment.cwd, file) } : { file: resolve(environment.cwd, request.config) })
    return found?.config ?? {}
  }
}

/** `check` options from a config, `--platform` winning over its `platforms`; both only narrow the post's own platforms. */
export function checkOptionsOf(config: BilingualPostsConfig, request: RunRequest, postPlatforms: readonly PlatformId[]): CheckOptions {
  const { export: _export, platforms, ...rest } = config
  const asked = request.platforms ?? platforms
  // A person reads the messages: over-limit ones say of how many parts a thread would be.
  return { threadParts: true, ...rest, messageLanguage: request.lang, ...(asked === undefined ? {} : { platforms: asked.filter((p) => postPlatforms.includes(p)) }) }
}
