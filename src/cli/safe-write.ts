import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'

const windowsReserved = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i

/**
 * A file name made from a post id that cannot leave its folder: only letters,
 * digits, `.`, `_` and `-` are kept (others become `-`), no `..` anywhere, no
 * leading dot (no hidden file), no name Windows reserves, at most 80 characters.
 *
 * @example
 * safeFileStem('../../etc/passwd') // 'etc-passwd'
 */
export function safeFileStem(id: string): string {
  const stem = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 80)
    .replace(/[.-]+$/, '')
  if (stem === '') return 'post'
  return windowsReserved.test(stem) ? `_${stem}` : stem
}

/** Gives each stem once: a second `flu` becomes `flu-2`. */
export function uniqueStems(): (stem: string) => string {
  const seen = new Map<string, number>()
  return (stem) => {
    const key = stem.toLowerCase()
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count === 1 ? stem : `${stem}-${count}`
  }
}

/** True when `path` is `folder` or inside it, once both are resolved. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path))
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Writes `content` to `name` inside `folder`, never outside it: the resolved
 * path must stay in the folder, and the file is written under a fresh name and
 * renamed into place, so that a symbolic link already standing at the target
 * is replaced, not followed.
 */
export async function writeInside(folder: string, name: string, content: string): Promise<string> {
  const target = resolve(folder, name)
  if (!isInside(folder, target) || target === resolve(folder)) throw new Error(`Refusing to write ${name}: it is not inside ${folder}.`)
  await mkdir(dirname(target), { recursive: true })
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return target
}
