/**
 * Mean time (ms) of one pass of each task. The tasks are run in interleaved
 * rounds (A B C, then C B A, …) rather than one after the other, so a shared
 * machine slowing down or speeding up for a few seconds hits every task alike
 * and the ratios stay fair. The mean keeps what a task's own garbage costs.
 */
export async function compare(_name: string, tasks: Record<string, () => void>, rounds = 8): Promise<Record<string, number>> {
  const entries = Object.entries(tasks)
  for (let warmup = 0; warmup < 2; warmup++) for (const [, run] of entries) run()
  const spent = new Map<string, number[]>(entries.map(([task]) => [task, []]))
  const total = (task: string) => (spent.get(task) as number[]).reduce((sum, ms) => sum + ms, 0)
  // Each task is a whole pass over the corpus: a few rounds are plenty, and the slow references take seconds a pass.
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? entries : [...entries].reverse()
    for (const [task, run] of order) {
      const start = performance.now()
      run()
      ;(spent.get(task) as number[]).push(performance.now() - start)
    }
    // Let pending timers and I/O run between rounds rather than inside a timed pass.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return Object.fromEntries(entries.map(([task]) => [task, total(task) / (spent.get(task) as number[]).length]))
}

/** Prints one result line: per-item cost of each task and the ratio. */
export function printRatio(label: string, ours: number, reference: number, items: number, target: string): string {
  const line = `${label}: ours ${((ours * 1000) / items).toFixed(2)} µs/text, reference ${((reference * 1000) / items).toFixed(2)} µs/text → ${(reference / ours).toFixed(1)}× faster (target ${target})`
  console.log(line)
  return line
}
