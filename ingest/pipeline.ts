import type { Article, Extraction } from "../domain";
import { loadDictionary } from "./data/dictionary";
import { loadLexicon } from "./data/lexicon";
import { createExtractor, extractArticle, Extractor, newRunMemory, RunMemory, splitSentences, type ArticleFindings } from "./extract";
import { dictionaryResolver, ExtractorChoice, extractWithLlm, LlmSettings, LlmStats, mergeFindings, newLlmStats } from "./llm";
import { ArticleResult, assemble } from "./resolve/assemble";
import { articleId, loadInputs, loadPaths, sha256 } from "./sources";
import type { InputFailure, NamedInput, SourceDocument } from "./types";

export type { InputFailure, NamedInput } from "./types";

export const DICTIONARY_ENV = "NEWSGRAPH_DICTIONARY";

export interface ExtractOptions {
  /** Extra dictionary files (YAML or JSON); NEWSGRAPH_DICTIONARY adds one more. */
  dictionaries?: string[];
  onProgress?: (p: { done: number; total: number; file: string }) => void;
  /** rules (the default, needs nothing), llm, or both; llm and both need `llm`. */
  extractor?: ExtractorChoice;
  llm?: LlmSettings;
  /** Filled with the model's calls, tokens, time and dropped items. */
  llmStats?: LlmStats;
}

export interface ExtractResult {
  extraction: Extraction;
  failures: InputFailure[];
}

const extractors = new Map<string, Extractor>();

/** The dictionary and lexicon are read once per set of dictionary files. */
function extractorFor(options: ExtractOptions): Extractor {
  const files = [...(options.dictionaries ?? []), ...(process.env[DICTIONARY_ENV] ? [process.env[DICTIONARY_ENV]!] : [])];
  const key = files.join("\n");
  let extractor = extractors.get(key);
  if (!extractor) {
    extractor = createExtractor(loadDictionary(files), loadLexicon());
    extractors.set(key, extractor);
  }
  return extractor;
}

function toArticle(doc: SourceDocument): Article {
  const article: Article = { id: articleId(doc), file: doc.file, title: doc.title, authors: doc.authors, contentHash: sha256(doc.text), text: doc.text };
  if (doc.source) article.source = doc.source;
  if (doc.date) article.date = doc.date;
  if (doc.url) article.url = doc.url;
  return article;
}

/** One article's findings from the chosen extractor(s); the model's go through the same resolution as the rules'. */
async function findingsFor(doc: SourceDocument, extractor: Extractor, memory: RunMemory, options: ExtractOptions): Promise<ArticleFindings> {
  const choice = options.extractor ?? "rules";
  if (choice === "rules") return extractArticle(doc, extractor, memory);
  if (!options.llm) throw new Error(`the ${choice} extractor needs the LLM settings (LLM_BASE_URL, LLM_MODEL)`);
  const llm = await extractWithLlm(doc, splitSentences(doc.text), {
    ...options.llm,
    resolve: dictionaryResolver(extractor, memory),
    stats: options.llmStats ?? newLlmStats(),
  });
  return choice === "llm" ? llm : mergeFindings(extractArticle(doc, extractor, memory), llm);
}

/**
 * A failing model endpoint (LlmError) ends the whole run before anything is written; a rule that
 * throws on one article only fails that article.
 */
async function run(documents: SourceDocument[], failures: InputFailure[], options: ExtractOptions): Promise<ExtractResult> {
  const extractor = extractorFor(options);
  const results: ArticleResult[] = [];
  const seen = new Set<string>();
  const memory = newRunMemory();
  for (const [i, doc] of documents.entries()) {
    const article = toArticle(doc);
    if (seen.has(article.id)) {
      failures.push({ file: doc.file, reason: `same article id as an earlier input (${article.id}), skipped` });
      continue;
    }
    seen.add(article.id);
    try {
      results.push({ article, findings: await findingsFor(doc, extractor, memory, options) });
    } catch (error) {
      if ((error as Error).name === "LlmError") throw error;
      failures.push({ file: doc.file, reason: `extraction failed: ${(error as Error).message}` });
    }
    options.onProgress?.({ done: i + 1, total: documents.length, file: doc.file });
  }
  return { extraction: assemble(results, extractor.dictionary), failures };
}

/** Reads files and folders (every .txt, .md, .html, .json, .jsonl below a folder) and extracts the graph. */
export async function extractFromPaths(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const { documents, failures } = await loadPaths(paths);
  return run(documents, failures, options);
}

/** Extracts from content handed over directly (the server's upload endpoint). */
export async function extractFromInputs(inputs: NamedInput[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const { documents, failures } = await loadInputs(inputs);
  return run(documents, failures, options);
}
