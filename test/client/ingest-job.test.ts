import type { IngestJob } from "../../client/src/api/schemas";
import { IngestJobSchema } from "../../client/src/api/schemas";
import { describeJob, followJob, jobFinished } from "../../client/src/state/ingest-job";

/** Job states as GET /api/ingest/:id answers them (the contract of issue 15), parsed as the client parses them. */
const job = (patch: Partial<IngestJob>): IngestJob =>
  IngestJobSchema.parse({
    id: "job-1",
    status: "queued",
    total: 2,
    done: 0,
    files: [
      { name: "a.txt", status: "pending" },
      { name: "b.md", status: "pending" },
    ],
    createdAt: "2026-01-01T00:00:00.000Z",
    ...patch,
  });

function scripted(states: (IngestJob | Error)[]) {
  const asked: string[] = [];
  const pauses: number[] = [];
  return {
    asked,
    pauses,
    fetchJob: async (id: string) => {
      asked.push(id);
      const next = states.shift();
      if (!next) throw new Error("asked once too often");
      if (next instanceof Error) throw next;
      return next;
    },
    sleep: async (ms: number) => void pauses.push(ms),
  };
}

describe("following an ingest job", () => {
  it("polls until the job is done, reporting each state, and returns the last", async () => {
    const running = job({
      status: "running",
      done: 1,
      files: [
        { name: "a.txt", status: "done", articleId: "art-a" },
        { name: "b.md", status: "pending" },
      ],
    });
    const done = job({
      status: "done",
      done: 2,
      files: [
        { name: "a.txt", status: "done", articleId: "art-a" },
        { name: "b.md", status: "failed", reason: "no text in the file" },
      ],
      summary: { articles: 1, entities: 4, relations: 2, skipped: 0 },
    });
    const server = scripted([running, done]);
    const seen: string[] = [];
    const last = await followJob(job({}), server.fetchJob, (j) => seen.push(`${j.status}:${j.done}`), {
      sleep: server.sleep,
    });
    expect(seen).toEqual(["queued:0", "running:1", "done:2"]);
    expect(server.asked).toEqual(["job-1", "job-1"]);
    expect(last).toBe(done);
    expect(jobFinished(last)).toBe(true);
  });

  it("waits longer while nothing moves and starts short again when it does", async () => {
    const queued = job({});
    const moved = job({ status: "running", done: 1 });
    const server = scripted([queued, queued, queued, moved, job({ status: "done", done: 2 })]);
    await followJob(queued, server.fetchJob, () => undefined, {
      sleep: server.sleep,
      intervalMs: 100,
      maxIntervalMs: 300,
    });
    expect(server.pauses).toEqual([100, 200, 300, 300, 100]);
  });

  it("rides out a few failed polls, and gives up with the error after too many", async () => {
    const blip = scripted([new Error("network"), job({ status: "done", done: 2 })]);
    await expect(followJob(job({}), blip.fetchJob, () => undefined, { sleep: blip.sleep })).resolves.toMatchObject({
      status: "done",
    });
    const down = scripted([new Error("a"), new Error("b"), new Error("c")]);
    await expect(
      followJob(job({}), down.fetchJob, () => undefined, { sleep: down.sleep, maxFailures: 3 }),
    ).rejects.toThrow("c");
  });

  it("stops at a failed or cancelled job without polling again", async () => {
    for (const status of ["failed", "cancelled"] as const) {
      const server = scripted([]);
      await expect(
        followJob(job({ status }), server.fetchJob, () => undefined, { sleep: server.sleep }),
      ).resolves.toMatchObject({ status });
      expect(server.asked).toEqual([]);
    }
  });
});

describe("describing an ingest job", () => {
  it("says how far it is, with a line per file and its error", () => {
    const summary = describeJob(
      job({
        status: "running",
        done: 1,
        files: [
          { name: "a.txt", status: "done", articleId: "art-a", replaced: true },
          { name: "b.md", status: "skipped", reason: "an article of that name exists; tick replace to overwrite it" },
        ],
      }),
    );
    expect(summary.percent).toBe(50);
    expect(summary.headline).toBe("Ingesting 1 of 2…");
    expect(summary.files).toEqual([
      { name: "a.txt", status: "done", text: "ingested (replaced the stored article)" },
      {
        name: "b.md",
        status: "skipped",
        text: "skipped: an article of that name exists; tick replace to overwrite it",
      },
    ]);
    expect(summary.articleIds).toEqual(["art-a"]);
  });

  it("sums up a finished job, names a failed one's error, and lists the files sent before the server has", () => {
    expect(
      describeJob(job({ status: "done", done: 2, summary: { articles: 2, entities: 9, relations: 5, skipped: 1 } }))
        .headline,
    ).toBe("Done: 2 articles, 9 entities, 5 relations, 1 skipped");
    expect(describeJob(job({ status: "failed", error: "the extractor stopped" }))).toMatchObject({
      percent: 100,
      headline: "Failed: the extractor stopped",
    });
    expect(describeJob(job({ files: [], total: 0 }), ["x.txt"]).files).toEqual([
      { name: "x.txt", status: "pending", text: "waiting" },
    ]);
  });
});
