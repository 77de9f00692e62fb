// Rewrites the rule table between the markers in README.md.
import { readFileSync, writeFileSync } from 'node:fs'
import { rulesTable } from './rules-table.js'

const path = new URL('../README.md', import.meta.url)
const readme = readFileSync(path, 'utf8')
const start = readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length
const end = readme.indexOf('<!-- rules:end -->')
writeFileSync(path, `${readme.slice(0, start)}\n${rulesTable()}\n${readme.slice(end)}`)
