// Prints the README's rule table from the rules themselves (their ids, defaults, descriptions and examples).
import { rules } from '../src/index.js'
import type { PostInput } from '../src/index.js'

const visible = (text: string) =>
  text
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '⍽')
    .replace(/\n/g, '↵')
    .replace(/\|/g, '\\|')
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text)
const show = (example: PostInput) => {
  const alt = example.media?.[0]?.alt
  const texts = alt ? `alt: ${short(alt.en)} / ${short(alt.fr)}` : `${short(example.en)} / ${short(example.fr)}`
  return `\`${visible(texts).replace(/`/g, "'")}\``
}

/** The rule table, as Markdown. */
export function rulesTable(): string {
  const rows = rules.map((rule) => `| \`${rule.id}\` | ${rule.defaultSetting} | ${rule.description.replace(/\|/g, '\\|')} | ${show(rule.examples.pass)} | ${show(rule.examples.fail)} |`)
  return ['| rule | default | what it checks | passes (en / fr) | fails (en / fr) |', '|---|---|---|---|---|', ...rows].join('\n')
}

if (process.argv[1]?.endsWith('rules-table.ts')) console.log(rulesTable())
