/** How {@link compare} runs its tasks. */
export interface CompareOptions {
  /** Rounds run first and not counted, for the JIT to settle (a task keeps getting faster for thousands of calls). */
  readonly warmup?: number
  /** Rounds counted. */
  readonly rounds?: number
  /** Passes of a task run untimed at the start of each of its blocks, so it pays for its own garbage, not the last task's. */
  readonly settle?: number
  /** Passes timed in each block. */
  readonly passes?: number
}

/**
 * Time (ms) of one pass of each task, round by round. Every round runs each
 * task as one block (`settle` passes untimed, then `passes` timed), the order
 * reversed every other round (A B C, then C B A, …): a shared machine slowing
 * down for a few seconds hits every task alike, and a task never pays for the
 * garbage the task before it left. Each figure keeps what the task's own
 * garbage costs.
 */
export async function compare(_name: string, tasks: Record<string, () => void>, options: CompareOptions = {}): Promise<Record<string, number[]>> {
  const { warmup = 4, rounds = 8, settle = 1, passes = 2 } = options
  const entries = Object.entries(tasks)
  const spent: Record<string, number[]> = Object.fromEntries(entries.map(([task]) => [task, []]))
  for (let round = 0; round < warmup + rounds; round++) {
    const order = round % 2 === 0 ? entries : [...entries].reverse()
    for (const [task, run] of order) {
      for (let pass = 0; pass < settle; pass++) run()
      const start = performance.now()
      for (let pass = 0; pass < passes; pass++) run()
      if (round >= warmup) (spent[task] as number[]).push((performance.now() - start) / passes)
    }
    // Let pending timers and I/O run between rounds rather than inside a timed pass.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return spent
}

/** Mean of a task's passes (ms). */
export function mean(times: readonly number[]): number {
  return times.reduce((sum, ms) => sum + ms, 0) / times.length
}

/**
 * Median over the rounds of `times[i] / reference[i]`: each round's ratio compares two tasks run
 * seconds apart, and the median leaves out the round a neighbour's burst of work landed in.
 */
export function medianRatio(times: readonly number[], reference: readonly number[]): number {
  const ratios = times.map((ms, round) => ms / (reference[round] as number)).sort((a, b) => a - b)
  const middle = ratios.length >> 1
  return ratios.length % 2 === 1 ? (ratios[middle] as number) : ((ratios[middle - 1] as number) + (ratios[middle] as number)) / 2
}

/** Prints one result line: per-item cost of each task (mean) and how many times faster ours is (median ratio). */
export function printRatio(label: string, ours: readonly number[], reference: readonly number[], items: number, target: string): string {
  const line = `${label}: ours ${((mean(ours) * 1000) / items).toFixed(2)} µs/text, reference ${((mean(reference) * 1000) / items).toFixed(2)} µs/text → ${medianRatio(reference, ours).toFixed(1)}× faster (target ${target})`
  console.log(line)
  return line
}
