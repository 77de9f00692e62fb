import { access, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import type { Lang } from '../../post/language.js'
import type { CliEnvironment } from '../environment.js'
import { say } from '../messages.js'

/** The quote of the type reference below, apart, so the built CLI does not read as importing its own package. */
const quote = "'"

/** A typed but import-free config: it loads even before `bilingual-posts` is installed in the project. */
const starterConfig = `// Settings of bilingual-posts, for \`bilingual-posts check\` and \`export\` on the posts under this folder.
// The nearest config to a post file applies; see the README, "Config file".
/** @type {import(${quote}bilingual-posts/pipelines${quote}).BilingualPostsConfig} */
export default {
  // English → French handles and hashtags that correspond; the parity checks expect both.
  pairs: {
    // '@HealthCanada': '@SanteCanada',
    // '#FluSeason': '#SaisonDeLaGrippe',
  },
  // Per-rule severity over the recommended preset: 'off', 'info', 'warn' or 'error'.
  rules: {
    // 'typography/fr-colon': 'error',
  },
  // Canadian French (no space before ; ! ?) or France ('france': a narrow no-break space).
  frenchPunctuation: 'canada',
  // Platforms checked when --platform is not given (never more than a post's own).
  // platforms: ['x', 'bluesky', 'mastodon'],
  // A 1,000-character Mastodon instance, a paid X account…
  // limits: { mastodon: { text: 1000 } },
  // Rules of your own, imported at the top of this file; see the README, "Your own rules".
  // plugins: [noInternalLinks],
  // Options of \`export\`; command-line flags win over them.
  export: {
    accounts: 'separate', // paired EN/FR accounts; 'bilingual' for one account holding both
    overflow: 'error', // 'thread' makes a numbered thread of a text past the limit
  },
}
`

const starterMarkdown = `---
id: passport-summer-hours
platforms: [x, bluesky, mastodon]
---

<!-- en -->
Passport offices are open on Saturdays from June 6 to August 29.
[Find an office](https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html)

<!-- fr -->
Les bureaux des passeports sont ouverts le samedi du 6 juin au 29 août.
[Trouver un bureau](https://www.canada.ca/fr/immigration-refugies-citoyennete/services/passeports-canadiens.html)
`

const starterJson = `${JSON.stringify(
  {
    id: 'tax-filing-deadline',
    en: 'The deadline to file your 2025 income tax return is April 30, 2026.',
    fr: 'La date limite pour produire votre déclaration de revenus de 2025 est le 30 avril 2026.',
    platforms: ['x', 'bluesky', 'mastodon'],
  },
  null,
  2,
)}\n`

/** `init`: a commented starter config and one example post in each format, in the given folder (default: here); never overwrites. */
export async function runInit(lang: Lang, folder: string | undefined, environment: CliEnvironment): Promise<number> {
  const base = join(environment.cwd, folder ?? '.')
  const files = [
    ['bilingual-posts.config.mjs', starterConfig],
    [join('posts', 'passport-summer-hours.md'), starterMarkdown],
    [join('posts', 'tax-filing-deadline.json'), starterJson],
  ] as const
  // Refuse before writing anything, so that a second run leaves the first one's edits alone.
  const present: string[] = []
  for (const [name] of files) {
    if (
      await access(join(base, name)).then(
        () => true,
        () => false,
      )
    )
      present.push(relative(environment.cwd, join(base, name)))
  }
  if (present.length > 0) {
    environment.stderr.write(`${say(lang, 'init.exists', { files: present.join(', '), count: present.length })}\n`)
    return 1
  }
  for (const [name, text] of files) {
    const target = join(base, name)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, text, { flag: 'wx' })
    environment.stdout.write(`${say(lang, 'export.wrote', { file: relative(environment.cwd, target) })}\n`)
  }
  environment.stdout.write(`${say(lang, 'init.next', { folder: relative(environment.cwd, join(base, 'posts')) || '.' })}\n`)
  return 0
}
