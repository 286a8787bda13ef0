import type { Config } from "../../config";
import { ArticleInput, Extraction } from "../../domain";
import { connectCoreNlp, CoreNlpUnavailableError, type CoreNlpClient } from "../../ingest/nlp";
import { writeExtraction } from "../../ingest/load";
import type { NamedInput } from "../../ingest/pipeline";
import { badRequest, HttpError } from "../http";
import { Db } from "../neo4j";

export interface IngestedArticle {
  id: string;
  title: string;
  entities: number;
  relations: number;
}

export interface IngestResult {
  articles: IngestedArticle[];
  failures: { name: string; reason: string }[];
  /** What the loader wrote; `skipped` counts articles already stored with the same text. */
  summary: { articles: number; entities: number; relations: number; skipped: number };
}

/** Per article: how many distinct entities it mentions or relates, and how many relations it is evidence for. */
function perArticle(extraction: Extraction): IngestedArticle[] {
  return extraction.articles.map((article) => {
    const relations = extraction.relations.filter((r) => r.evidence.some((e) => e.article === article.id));
    const entities = new Set([
      ...(extraction.mentions ?? []).filter((m) => m.article === article.id).map((m) => m.entity),
      ...relations.flatMap((r) => [r.source, r.target]),
    ]);
    return { id: article.id, title: article.title, entities: entities.size, relations: relations.length };
  });
}

export function jsonInputs(articles: ArticleInput[]): NamedInput[] {
  return articles.map((article, i) => ({ name: `upload-${i + 1}.json`, contentType: "json", body: JSON.stringify(article) }));
}

let parser: Promise<CoreNlpClient> | undefined;

/** The CoreNLP server uploads are parsed with: CORENLP_URL's, else the project's own, found or started once. */
function coreNlp(config: Config): Promise<CoreNlpClient> {
  parser ??= connectCoreNlp(config).then((connection) => connection.client);
  parser.catch(() => {
    parser = undefined;
  });
  return parser;
}

/** Extracts the graph from uploaded documents and writes it; nothing readable at all is the caller's mistake. */
export async function ingest(db: Db, config: Config, inputs: NamedInput[]): Promise<IngestResult> {
  // Loaded on first upload: the extractor's dictionaries and HTML reader are heavy and most servers never ingest.
  const { extractFromInputs } = await import("../../ingest/pipeline");
  let extracted: Awaited<ReturnType<typeof extractFromInputs>>;
  try {
    extracted = await extractFromInputs(inputs, { nlp: await coreNlp(config) });
  } catch (error) {
    if (error instanceof CoreNlpUnavailableError) throw new HttpError(503, "Service Unavailable", "the language parser (Stanford CoreNLP) is not reachable, so nothing was ingested; try again once it runs");
    throw error;
  }
  const { extraction, failures } = extracted;
  const named = failures.map((f) => ({ name: f.file, reason: f.reason }));
  if (extraction.articles.length === 0) {
    throw badRequest(`no article could be read: ${named.map((f) => `${f.name}: ${f.reason}`).join("; ") || "the upload was empty"}`);
  }
  const summary = await writeExtraction(db.driver, db.database, extraction);
  return { articles: perArticle(extraction), failures: named, summary };
}
