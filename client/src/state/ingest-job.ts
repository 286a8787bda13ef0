import type { IngestJob } from "../api";

export function jobFinished(job: IngestJob): boolean {
  return job.status === "done" || job.status === "failed" || job.status === "cancelled";
}

export interface FollowOptions {
  /** First pause between polls; it doubles while nothing changes, up to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /** Polls that may fail in a row (a restart, a blip) before following gives up. */
  maxFailures?: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

/**
 * Polls a job until it is done, failed or cancelled, reporting each new state. The pause starts short (a
 * small upload is done in a second) and grows while the job does not move; every change resets it.
 */
export async function followJob(
  first: IngestJob,
  fetchJob: (id: string) => Promise<IngestJob>,
  onUpdate: (job: IngestJob) => void,
  options: FollowOptions = {},
): Promise<IngestJob> {
  const { intervalMs = 400, maxIntervalMs = 3000, maxFailures = 5, sleep = defaultSleep, signal } = options;
  let job = first;
  let pause = intervalMs;
  let failures = 0;
  onUpdate(job);
  while (!jobFinished(job)) {
    await sleep(pause);
    if (signal?.aborted) throw new Error("stopped following the upload");
    let next: IngestJob;
    try {
      next = await fetchJob(job.id);
      failures = 0;
    } catch (error) {
      failures += 1;
      if (failures >= maxFailures) throw error;
      pause = Math.min(pause * 2, maxIntervalMs);
      continue;
    }
    pause = progressed(job, next) ? intervalMs : Math.min(pause * 2, maxIntervalMs);
    job = next;
    onUpdate(job);
  }
  return job;
}

function progressed(before: IngestJob, after: IngestJob): boolean {
  return (
    before.status !== after.status ||
    before.done !== after.done ||
    before.files.some((f, i) => f.status !== after.files[i]?.status)
  );
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface JobSummary {
  /** 0..100 */
  percent: number;
  headline: string;
  files: { name: string; status: string; text: string }[];
  /** Articles the job wrote, whose entities the explorer highlights. */
  articleIds: string[];
}

const FILE_WORDS: Record<string, string> = {
  pending: "waiting",
  done: "ingested",
  failed: "failed",
  skipped: "skipped",
};

/** What the upload panel shows of a job: a bar, one line for the whole, one per file with its error. */
export function describeJob(job: IngestJob, names: readonly string[] = []): JobSummary {
  const total = job.total || job.files.length || names.length;
  const percent = jobFinished(job) ? 100 : total > 0 ? Math.round((100 * job.done) / total) : 0;
  const files = (job.files.length > 0 ? job.files : names.map((name) => ({ name, status: "pending" as const }))).map(
    (f) => {
      const status = "status" in f ? f.status : "pending";
      const reason = "reason" in f && f.reason ? `: ${f.reason}` : "";
      const replaced = "replaced" in f && f.replaced ? " (replaced the stored article)" : "";
      return { name: f.name, status, text: `${FILE_WORDS[status] ?? status}${replaced}${reason}` };
    },
  );
  let headline: string;
  if (job.status === "queued") headline = `Queued: ${total} file${total === 1 ? "" : "s"}`;
  else if (job.status === "running") headline = `Ingesting ${job.done} of ${total}…`;
  else if (job.status === "done") {
    const s = job.summary;
    headline = s
      ? `Done: ${s.articles} article${s.articles === 1 ? "" : "s"}, ${s.entities} entities, ${s.relations} relations${s.skipped ? `, ${s.skipped} skipped` : ""}`
      : "Done";
  } else if (job.status === "cancelled") headline = "Cancelled";
  else headline = `Failed${job.error ? `: ${job.error}` : ""}`;
  const articleIds = job.files.flatMap((f) => (f.status === "done" && f.articleId ? [f.articleId] : []));
  return { percent, headline, files, articleIds };
}
