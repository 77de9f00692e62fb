import * as z from 'zod/mini'
import { en } from 'zod/locales'

/**
 * Gives zod its English messages unless the host chose a locale
 * (`z.config(z.locales.fr())`), which then stays. `zod` does this itself on
 * its first schema; `zod/mini`, which the library uses for its size, loads no
 * locale, and every issue would read "Invalid input". Called at the top of
 * each module that declares schemas, before they can parse anything (a call
 * rather than an import for its effect, which bundlers may drop).
 */
export function useEnglishZodMessages(): void {
  if (z.config().localeError === undefined) z.config(en())
}
