// The package as a user gets it: `npm pack`, then `npm install` of the tarball into a fresh project in a
// temporary folder (from npm's cache where it can), with the dependencies that the tarball declares.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from '../setup/dist.js'

export const run = (command: string, args: string[], cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** Makes a project that depends on the packed package; dist/ must be built. Returns its folder and how to remove it. */
export function installPacked(prefix: string): { project: string; remove: () => void } {
  const project = mkdtempSync(join(tmpdir(), prefix))
  run('npm', ['pack', '--pack-destination', project, '--silent'])
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))
  if (tarball === undefined) throw new Error('npm pack wrote no tarball')
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, tarball)], project)
  return { project, remove: () => rmSync(project, { recursive: true, force: true }) }
}
