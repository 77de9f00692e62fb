import { Bench } from 'tinybench'

/** Mean time (ms) of one pass of each task, measured together so machine noise hits both alike. */
export async function compare(name: string, tasks: Record<string, () => void>, time = 1500): Promise<Record<string, number>> {
  // Each task is a whole pass over the corpus: a few passes are plenty, and the slow references would take minutes at the default 64.
  const bench = new Bench({ name, time, warmupTime: 300, iterations: 8, warmupIterations: 2 })
  for (const [task, fn] of Object.entries(tasks)) bench.add(task, fn)
  await bench.run()
  const means: Record<string, number> = {}
  for (const task of bench.tasks) {
    const result = task.result
    if (result === undefined || !('latency' in result)) throw new Error(`Benchmark task ${task.name} did not complete`)
    means[task.name] = result.latency.mean
  }
  return means
}

/** Prints one result line: per-item cost of each task and the ratio. */
export function printRatio(label: string, ours: number, reference: number, items: number, target: string): string {
  const line = `${label}: ours ${((ours * 1000) / items).toFixed(2)} µs/text, reference ${((reference * 1000) / items).toFixed(2)} µs/text → ${(reference / ours).toFixed(1)}× faster (target ${target})`
  console.log(line)
  return line
}
