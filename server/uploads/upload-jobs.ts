import { randomUUID } from "node:crypto";
import { Logger } from "pino";
import type { NamedInput } from "../../ingest/pipeline";
import { neo4jProblem } from "../http";
import { Db } from "../../storage";
import { ExtractionCancelled, RunningExtraction, extractInChildProcess } from "./extraction-process";
import type { ParserEndpoint } from "./parser-endpoint";
import { IngestJob, JobFile, JobStatus } from "../../domain/api";
import { filesAfterExtraction, writeJob } from "./upload-service";

interface Job {
  view: IngestJob;
  inputs: NamedInput[];
  replace: boolean;
  phase: "waiting" | "extracting" | "writing" | "finished";
  extraction?: RunningExtraction;
}

export class QueueFull extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QueueFull";
  }
}

export class JobNotCancellable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JobNotCancellable";
  }
}

export interface JobLimits {
  /** Uploads waiting behind the one running. */
  queueLimit: number;
  /** Finished jobs kept for GET, newest first. */
  history: number;
}

const snapshot = (view: IngestJob): IngestJob => structuredClone(view);

/** Why a job failed, as its caller may read it: database faults as the API says them, never a stack. */
function failureReason(error: unknown): string {
  return neo4jProblem(error)?.detail ?? (error as Error).message ?? String(error);
}

/**
 * Ingest jobs, one at a time in upload order: the extraction runs in a child process (the server keeps
 * answering), the write in this one. Jobs can be cancelled until their write starts; close() stops all.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private current: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly limits: JobLimits,
    private readonly parser: () => Promise<ParserEndpoint>,
  ) {}

  /** Queues an upload; `files` already holds the inputs and any file refused before extraction. */
  submit(inputs: NamedInput[], refused: JobFile[], replace: boolean): IngestJob {
    if (this.closed) throw new QueueFull("the server is shutting down; upload again once it is back");
    if (this.queue.length >= this.limits.queueLimit) {
      throw new QueueFull(
        `the ingest queue is full (${this.queue.length} uploads waiting); try again once one has finished`,
      );
    }
    const files: JobFile[] = [...inputs.map((i): JobFile => ({ name: i.name, status: "pending" })), ...refused];
    const view: IngestJob = {
      id: randomUUID(),
      status: "queued",
      total: files.length,
      done: refused.length,
      files,
      createdAt: new Date().toISOString(),
    };
    const job: Job = { view, inputs, replace, phase: "waiting" };
    this.jobs.set(view.id, job);
    this.queue.push(job);
    this.forgetOldJobs();
    this.startNext();
    return snapshot(view);
  }

  get(id: string): IngestJob | undefined {
    const job = this.jobs.get(id);
    return job && snapshot(job.view);
  }

  cancel(id: string): IngestJob | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (job.phase === "finished") throw new JobNotCancellable(`the job has already finished (${job.view.status})`);
    if (job.phase === "writing")
      throw new JobNotCancellable("the job is writing its articles to the database and can no longer be cancelled");
    if (job.phase === "waiting") this.queue.splice(this.queue.indexOf(job), 1);
    job.extraction?.cancel();
    this.finish(job, "cancelled", { error: "cancelled by request" });
    return snapshot(job.view);
  }

  /** Cancels everything queued or extracting and waits for a write in progress to end. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.queue, ...(this.running ? [this.running] : [])]) {
      if (job.phase === "waiting" || job.phase === "extracting") this.cancel(job.view.id);
    }
    await this.current;
  }

  private startNext(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    this.current = this.run(job).finally(() => {
      this.running = undefined;
      this.startNext();
    });
  }

  private async run(job: Job): Promise<void> {
    const { view } = job;
    job.phase = "extracting";
    view.status = "running";
    const refused = view.files.filter((f) => f.status === "failed");
    try {
      const parser = await this.parser();
      if (view.finishedAt !== undefined) return;
      job.extraction = extractInChildProcess(job.inputs, parser, (done, total) => {
        view.total = total + refused.length;
        view.done = Math.min(done, total) + refused.length;
      });
      const extracted = await job.extraction.result;
      if (view.finishedAt !== undefined) return;
      const files = [
        ...filesAfterExtraction(
          job.inputs.map((i) => i.name),
          extracted,
        ),
        ...refused,
      ];
      job.inputs = [];
      view.files = files;
      view.total = files.length;
      view.done = files.filter((f) => f.status !== "pending").length;
      if (extracted.extraction.articles.length === 0) {
        this.finish(job, "failed", { error: "no article could be read from the upload; each file says why" });
        return;
      }
      job.phase = "writing";
      const outcome = await writeJob(this.db, extracted.extraction, files, job.replace);
      view.files = outcome.files;
      view.done = view.total;
      this.finish(job, "done", { summary: outcome.summary });
      this.logger.info({ job: view.id, ...outcome.summary }, "ingest job finished");
    } catch (error) {
      if (error instanceof ExtractionCancelled || view.finishedAt !== undefined) return;
      this.logger.error({ job: view.id, err: error }, "ingest job failed");
      this.finish(job, "failed", { error: failureReason(error) });
    }
  }

  private finish(job: Job, status: JobStatus, extra: Pick<IngestJob, "summary" | "error">): void {
    job.phase = "finished";
    job.inputs = [];
    job.extraction = undefined;
    Object.assign(job.view, { status, finishedAt: new Date().toISOString() }, extra);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.phase === "finished");
    for (const job of finished.slice(0, Math.max(0, finished.length - this.limits.history)))
      this.jobs.delete(job.view.id);
  }
}
