// Debian's Chromium driven by playwright-core (no browser is downloaded): shared by the browser tests.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = '/usr/bin/chromium'

/** True when Debian's Chromium is installed (`apt-get install chromium`; .ci/run does it). */
export const haveChromium = existsSync(chromiumPath)

/** Launches headless Chromium with no network chatter of its own (updates, sync, first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}
