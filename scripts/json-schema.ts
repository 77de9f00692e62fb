/**
 * Writes the JSON Schema files of the post input and of every payload to
 * `schemas/`, generated from the zod schemas (run by `npm run build`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { jsonSchemas } from '../src/export/schemas.js'

const outDir = fileURLToPath(new URL('../schemas/', import.meta.url))
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const files = jsonSchemas()
for (const [file, schema] of Object.entries(files)) writeFileSync(outDir + file, `${JSON.stringify(schema, null, 2)}\n`)
console.log(`Wrote ${Object.keys(files).length} JSON Schema files to schemas/`)
