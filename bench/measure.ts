import os from "node:os";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ seconds: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
}

/** Runs `work` `runs` times (after `setup` each time) and returns the median seconds. */
export async function medianSeconds(
  runs: number,
  work: () => Promise<unknown>,
  setup?: () => Promise<void>,
): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (setup) await setup();
    seconds.push((await timed(work)).seconds);
  }
  return median(seconds);
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.versions.node}`;
}

export interface BenchRow {
  benchmark: string;
  figure: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}
