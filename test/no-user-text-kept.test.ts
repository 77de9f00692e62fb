// Nothing of a text outlives the call that read it: after check, toPayloads, screenComment and
// measure return and their results are dropped, a V8 heap snapshot holds none of the markers the
// texts carried (a phone number, an e-mail address, a link path made at run time). Each run is a
// child process (test/support/no-user-text-child.ts) with --expose-gc; two controls show that the
// test's own code leaves no marker behind and that a text kept alive is found.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const folder = mkdtempSync(join(tmpdir(), 'bilingual-posts-heap-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The markers of a child's texts, rebuilt from the seeds it printed, found in its heap snapshot. */
async function markersLeft(mode: 'library' | 'quoted' | 'idle' | 'keep'): Promise<string[]> {
  const snapshot = join(folder, `${mode}.heapsnapshot`)
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/support/no-user-text-child.ts', mode, snapshot], {
    cwd: join(import.meta.dirname, '..'),
    maxBuffer: 1 << 20,
  })
  const { seeds, total } = JSON.parse(stdout.trim().split('\n').at(-1) as string) as { seeds: { phone: number; mail: number; path: number }; total: number }
  expect(total).toBeGreaterThan(0)
  const markers = [`613-555-${seeds.phone}`, `rappels${seeds.mail}@inspection.gc.ca`, `alert-recall/${seeds.path}`, `avis-rappel/${seeds.path}`]
  // The snapshot's strings are JSON-escaped; the markers hold nothing that escaping changes.
  const heap = readFileSync(snapshot, 'utf8')
  rmSync(snapshot)
  return markers.filter((marker) => heap.includes(marker))
}

describe('no text is kept after a call returns', () => {
  it('check, toPayloads, screenComment and measure leave none of the texts in the heap, and both controls behave', { timeout: 60_000 }, async () => {
    const [library, idle, keep] = await Promise.all([markersLeft('library'), markersLeft('idle'), markersLeft('keep')])
    // Control: the texts built and dropped without the library leave nothing (so a marker found means the library kept it).
    expect(idle).toEqual([])
    // Control: texts kept alive on purpose are found, every marker (so the search can fail).
    expect(keep).toHaveLength(4)
    expect(library).toEqual([])
  })

  // A message that quotes the text (parity/link-language names the link) is worded with the diagnostic and
  // kept only in the report, which the child drops: no translation memory outlives the call.
  it('leaves nothing either when a message quotes the text', { timeout: 60_000 }, async () => {
    expect(await markersLeft('quoted')).toEqual([])
  })
})
