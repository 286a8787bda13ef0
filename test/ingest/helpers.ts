import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../config";
import { isSymmetric } from "../../domain";
import { loadDictionary } from "../../ingest/dictionaries/dictionary";
import { loadLexicon } from "../../ingest/dictionaries/lexicon";
import { createExtractor, extractArticle, Extractor, type ArticleFindings } from "../../ingest/extract";
import { CoreNlpClient, coreNlpClient, splitCredentials } from "../../ingest/nlp";
import type { FoundRelation, Sentence } from "../../ingest/types";

/** A fresh folder holding the given files (name -> content). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

let extractor: Extractor | undefined;
let client: CoreNlpClient | undefined;

/** A client of the CoreNLP server the test run started (CORENLP_URL, set by global setup). */
export function testNlp(): CoreNlpClient {
  if (!client) {
    const config = loadConfig();
    if (!config.CORENLP_URL)
      throw new Error("CORENLP_URL is not set: the test global setup starts CoreNLP and sets it");
    client = coreNlpClient(config, splitCredentials(config.CORENLP_URL));
  }
  return client;
}

/** The sentences CoreNLP splits a text into, as the extractors receive them. */
export async function sentencesOf(text: string): Promise<Sentence[]> {
  return (await testNlp().annotate(text)).sentences.map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
  }));
}

/** What the rules find in a short text, parsed by the real CoreNLP server. */
export async function findingsIn(text: string, date = "2024-03-14"): Promise<ArticleFindings> {
  extractor ??= createExtractor(loadDictionary(), loadLexicon());
  const annotated = await testNlp().annotate(text);
  return extractArticle({ file: "example.txt", title: "Example", authors: [], text, date }, annotated, extractor);
}

/** "Source TYPE Target"; a symmetric relation names its sides in alphabetical order. */
function describe(r: FoundRelation): string {
  const [a, b] = isSymmetric(r.type) && r.target.name < r.source.name ? [r.target, r.source] : [r.source, r.target];
  return `${a.name} ${r.type} ${b.name}`;
}

/** The relations found in a short text, as "Source TYPE Target" lines. */
export async function relationsIn(text: string, date = "2024-03-14"): Promise<string[]> {
  return (await findingsIn(text, date)).relations.map(describe);
}
