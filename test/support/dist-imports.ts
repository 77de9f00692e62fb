// What a built entry of dist/ loads: it follows the relative imports (the shared chunks) from the entry file
// and collects every other specifier, static (`import … from`, `import '…'`, `require(…)`) apart from dynamic
// (`import(…)`), which a bundler or runtime only loads when the code that holds it runs.
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** The files an entry loads and the specifiers outside dist/ that they name. */
export interface DistImports {
  /** The entry and its chunks, relative to dist/. */
  readonly files: readonly string[]
  /** Specifiers of other packages and built-ins loaded when the entry loads. */
  readonly static: readonly string[]
  /** Specifiers loaded by `import()` only. */
  readonly dynamic: readonly string[]
}

const specifier = /\b(from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)(['"])([^'"\n]+)\2/g

/** Walks the import graph of `entry` (a path under `dist`). */
export function distImports(dist: string, entry: string): DistImports {
  const files = new Set<string>()
  const staticSpecifiers = new Set<string>()
  const dynamicSpecifiers = new Set<string>()
  const visit = (file: string): void => {
    if (files.has(file)) return
    files.add(file)
    for (const [, keyword = '', , name = ''] of readFileSync(file, 'utf8').matchAll(specifier)) {
      const isDynamic = keyword.startsWith('import') && keyword.includes('(')
      if (name.startsWith('.')) visit(join(dirname(file), name))
      else (isDynamic ? dynamicSpecifiers : staticSpecifiers).add(name)
    }
  }
  visit(join(dist, entry))
  return {
    files: [...files].map((file) => relative(dist, file)).sort(),
    static: [...staticSpecifiers].sort(),
    dynamic: [...dynamicSpecifiers].sort(),
  }
}
