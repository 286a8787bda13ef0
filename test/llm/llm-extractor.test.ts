import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sentencesOf } from "../ingest/helpers";
import { AnswerCache } from "../../ingest/llm/answer-cache";
import { answerJsonSchema, LLM_RELATION_TYPES } from "../../ingest/llm/answer-schema";
import { ChatClient, LlmError } from "../../ingest/llm/chat-client";
import { chunkSentences } from "../../ingest/llm/chunks";
import { extractWithLlm, LlmExtractorDeps } from "../../ingest/llm/llm-extractor";
import { newLlmStats } from "../../ingest/llm/llm-stats";
import type { SourceDocument } from "../../ingest/types";
import { askedText, FakeOpenAiServer, FakeReply } from "./fake-openai-server";

const TEXT =
  "Mordor-backed orcs attacked Gondor on Tuesday. The Gondorian steward Denethor accused Mordor of arming the orcs. " +
  "Rohan did not attack Gondor. Officials in Minas Tirith said talks were possible.";

const doc: SourceDocument = {
  file: "middle-earth.txt",
  title: "Trouble in the west",
  authors: [],
  text: TEXT,
  date: "2024-03-01",
};

const GOOD_ANSWER = {
  entities: [
    { name: "orcs", type: "Group" },
    { name: "Gondor", type: "State" },
    { name: "Mordor", type: "State" },
    { name: "Denethor", type: "Actor" },
    { name: "Rohan", type: "State" },
  ],
  relations: [
    {
      source: "orcs",
      type: "ATTACKED",
      target: "Gondor",
      sentence: "Mordor-backed orcs attacked Gondor on Tuesday.",
      negated: false,
    },
    {
      source: "Mordor",
      type: "BACKS",
      target: "orcs",
      sentence: "Mordor-backed orcs attacked Gondor on Tuesday.",
      negated: false,
    },
    {
      source: "Denethor",
      type: "ACCUSED",
      target: "Mordor",
      sentence: "The Gondorian steward Denethor accused Mordor of arming the orcs.",
      negated: false,
    },
    { source: "Rohan", type: "ATTACKED", target: "Gondor", sentence: "Rohan did not attack Gondor.", negated: true },
  ],
};

function setup(
  reply: (text: string, index: number) => FakeReply,
  overrides: Partial<ConstructorParameters<typeof ChatClient>[0]> = {},
) {
  const server = new FakeOpenAiServer((request, index) => reply(askedText(request), index));
  const cacheDir = mkdtempSync(path.join(tmpdir(), "newsgraph-llm-cache-"));
  const make = async (): Promise<LlmExtractorDeps> => ({
    client: new ChatClient({
      baseUrl: await server.start(),
      model: "test-model",
      apiKey: "sk-test",
      timeoutMs: 2000,
      maxRetries: 2,
      concurrency: 2,
      backoffMs: 5,
      ...overrides,
    }),
    cache: new AnswerCache(cacheDir),
    chunkSentences: 12,
    resolve: (name, type) => ({ name: name === "orcs" ? "Orcs" : name, type }),
    stats: newLlmStats(),
  });
  return { server, make };
}

describe("LLM extraction through an OpenAI-compatible endpoint", () => {
  let server: FakeOpenAiServer | undefined;
  afterEach(() => server?.stop());

  it("sends the ontology's vocabulary as a JSON schema generated from the zod schema", async () => {
    const schema = JSON.stringify(answerJsonSchema());
    for (const type of LLM_RELATION_TYPES) expect(schema).toContain(`"${type}"`);
    expect(schema).not.toContain('"MENTIONED_IN"');
    const s = setup(() => ({ content: JSON.stringify(GOOD_ANSWER) }));
    server = s.server;
    await extractWithLlm(doc, await sentencesOf(TEXT), await s.make());
    const sent = server.requests[0];
    expect(sent.authorization).toBe("Bearer sk-test");
    expect(sent.body.model).toBe("test-model");
    expect(sent.body.response_format?.json_schema?.schema).toEqual(answerJsonSchema());
  });

  it("turns a valid answer into relations with their sentence and offsets, names resolved, negation kept", async () => {
    const s = setup(() => ({ content: JSON.stringify(GOOD_ANSWER) }));
    server = s.server;
    const deps = await s.make();
    const findings = await extractWithLlm(doc, await sentencesOf(TEXT), deps);
    const found = findings.relations.map(
      (r) => `${r.source.name} ${r.type}${r.negated ? " (negated)" : ""} ${r.target.name}`,
    );
    expect(found).toEqual([
      "Orcs ATTACKED Gondor",
      "Mordor BACKS Orcs",
      "Denethor ACCUSED Mordor",
      "Rohan ATTACKED (negated) Gondor",
    ]);
    const first = findings.relations[0].sentence;
    expect(TEXT.slice(first.start, first.end)).toBe("Mordor-backed orcs attacked Gondor on Tuesday.");
    expect(findings.mentions.some((m) => TEXT.slice(m.start, m.end) === "Denethor")).toBe(true);
    expect(deps.stats).toMatchObject({ calls: 1, promptTokens: 100, completionTokens: 20, dropped: {} });
  });

  it("drops and counts off-vocabulary types, invented evidence and unlisted entities, keeping the rest", async () => {
    const answer = {
      entities: [...GOOD_ANSWER.entities, { name: "Sauron", type: "Wizard" }],
      relations: [
        GOOD_ANSWER.relations[0],
        {
          source: "Mordor",
          type: "INVADED",
          target: "Gondor",
          sentence: "Mordor-backed orcs attacked Gondor on Tuesday.",
          negated: false,
        },
        {
          source: "Rohan",
          type: "BACKS",
          target: "Gondor",
          sentence: "Rohan sent riders to help Gondor.",
          negated: false,
        },
        {
          source: "Isengard",
          type: "ATTACKED",
          target: "Rohan",
          sentence: "Rohan did not attack Gondor.",
          negated: false,
        },
      ],
    };
    const s = setup(() => ({ content: JSON.stringify(answer) }));
    server = s.server;
    const deps = await s.make();
    const findings = await extractWithLlm(doc, await sentencesOf(TEXT), deps);
    expect(findings.relations.map((r) => r.type)).toEqual(["ATTACKED"]);
    expect(deps.stats.dropped).toEqual({
      "entities with an unknown type or shape": 1,
      "relations with an off-vocabulary type": 1,
      "relations whose evidence is not in the article": 1,
      "relations between entities the answer did not list": 1,
    });
  });

  it("counts a malformed answer, writes nothing from it, and does not cache it", async () => {
    const s = setup(() => ({ content: '{"entities": [{"name": "Gondor", "type": "State"' }));
    server = s.server;
    const deps = await s.make();
    const findings = await extractWithLlm(doc, await sentencesOf(TEXT), deps);
    expect(findings.relations).toEqual([]);
    expect(deps.stats.dropped).toEqual({ "malformed answers (not JSON)": 1 });
    await extractWithLlm(doc, await sentencesOf(TEXT), deps);
    expect(server.requests).toHaveLength(2);
  });

  it("answers a second run from the cache, by content hash and model", async () => {
    const s = setup(() => ({ content: JSON.stringify(GOOD_ANSWER) }));
    server = s.server;
    const deps = await s.make();
    await extractWithLlm(doc, await sentencesOf(TEXT), deps);
    const again = { ...deps, stats: newLlmStats() };
    const findings = await extractWithLlm(doc, await sentencesOf(TEXT), again);
    expect(server.requests).toHaveLength(1);
    expect(again.stats).toMatchObject({ calls: 0, cachedChunks: 1 });
    expect(findings.relations).toHaveLength(4);
  });

  it("retries after 429 and 500 with backoff, then succeeds", async () => {
    const s = setup((_text, i) =>
      i === 0
        ? { status: 429, raw: '{"error":"slow down"}', headers: { "retry-after": "0" } }
        : i === 1
          ? { status: 500, raw: "oops" }
          : { content: JSON.stringify(GOOD_ANSWER) },
    );
    server = s.server;
    const deps = await s.make();
    const findings = await extractWithLlm(doc, await sentencesOf(TEXT), deps);
    expect(findings.relations).toHaveLength(4);
    expect(deps.stats.calls).toBe(3);
  });

  it("gives up on an endpoint that keeps failing, with a message naming it and the last problem", async () => {
    const s = setup(() => ({ status: 500, raw: "internal error" }));
    server = s.server;
    const deps = await s.make();
    await expect(extractWithLlm(doc, await sentencesOf(TEXT), deps)).rejects.toThrow(LlmError);
    await expect(extractWithLlm(doc, await sentencesOf(TEXT), deps)).rejects.toThrow(
      /chat\/completions failed after 3 attempt\(s\): HTTP 500: internal error/,
    );
  });

  it("does not wait forever for a slow endpoint", async () => {
    const s = setup(() => ({ delayMs: 1500, content: JSON.stringify(GOOD_ANSWER) }), { timeoutMs: 200, maxRetries: 1 });
    server = s.server;
    const deps = await s.make();
    const started = Date.now();
    await expect(extractWithLlm(doc, await sentencesOf(TEXT), deps)).rejects.toThrow(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("refuses an answer that is not a chat completion", async () => {
    const s = setup(() => ({ raw: "<html>proxy error</html>" }));
    server = s.server;
    await expect(extractWithLlm(doc, await sentencesOf(TEXT), await s.make())).rejects.toThrow(/not JSON/);
  });

  it("splits long articles into overlapping chunks", async () => {
    const sentences = await sentencesOf(
      Array.from({ length: 25 }, (_, i) => `Sentence number ${i} is here.`).join(" "),
    );
    const chunks = chunkSentences(sentences, 10);
    expect(chunks.map((c) => c.sentences.length)).toEqual([10, 10, 7]);
    expect(chunks[1].sentences[0]).toEqual(chunks[0].sentences[9]);
    expect(
      chunks
        .flatMap((c) => c.sentences)
        .map((s) => s.index)
        .filter((v, i, a) => a.indexOf(v) === i),
    ).toHaveLength(25);
  });
});
