import type { Article, Extraction } from "../domain";
import { loadDictionary } from "./dictionaries/dictionary";
import { loadLexicon } from "./dictionaries/lexicon";
import { ArticleExtractor, combinedExtractor, llmExtractor, rulesExtractor } from "./article-extractors";
import { createExtractor, Extractor } from "./extract";
import { ExtractorChoice, LlmSettings, LlmStats, newLlmStats } from "./llm";
import { AnnotatedDocument, CoreNlpClient, CoreNlpTextError } from "./nlp";
import { ArticleResult, assemble } from "./resolve/assemble";
import { articleId, loadInputs, loadPaths, sha256 } from "./sources";
import type { InputFailure, NamedInput, SourceDocument } from "./types";

export type { InputFailure, NamedInput } from "./types";

export const DICTIONARY_ENV = "NEWSGRAPH_DICTIONARY";

export interface ExtractOptions {
  /** The CoreNLP server every article is parsed with. */
  nlp: CoreNlpClient;
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
  const files = [
    ...(options.dictionaries ?? []),
    ...(process.env[DICTIONARY_ENV] ? [process.env[DICTIONARY_ENV]!] : []),
  ];
  const key = files.join("\n");
  let extractor = extractors.get(key);
  if (!extractor) {
    extractor = createExtractor(loadDictionary(files), loadLexicon());
    extractors.set(key, extractor);
  }
  return extractor;
}

function toArticle(doc: SourceDocument): Article {
  const article: Article = {
    id: articleId(doc),
    file: doc.file,
    title: doc.title,
    authors: doc.authors,
    contentHash: sha256(doc.text),
    text: doc.text,
  };
  if (doc.source) article.source = doc.source;
  if (doc.date) article.date = doc.date;
  if (doc.url) article.url = doc.url;
  return article;
}

/** The extractor the options ask for, built over the shared dictionaries. */
function chooseExtractor(extractor: Extractor, options: ExtractOptions): ArticleExtractor {
  const choice = options.extractor ?? "rules";
  const rules = rulesExtractor(extractor);
  if (choice === "rules") return rules;
  if (!options.llm) throw new Error(`the ${choice} extractor needs the LLM settings (LLM_BASE_URL, LLM_MODEL)`);
  const llm = llmExtractor(extractor, options.llm, options.llmStats ?? newLlmStats());
  return choice === "llm" ? llm : combinedExtractor(rules, llm);
}

/** Parses ahead of the rules by this many articles per request slot, so CoreNLP's threads stay busy. */
const LOOKAHEAD_PER_SLOT = 2;

/**
 * Parses every article with CoreNLP (several at once) and runs the rules on each in input order. An
 * unreachable CoreNLP or a failing model endpoint (LlmError) ends the whole run before anything is
 * written; an article CoreNLP cannot parse, or a rule that throws on one, only fails that article.
 */
async function run(
  documents: SourceDocument[],
  failures: InputFailure[],
  options: ExtractOptions,
): Promise<ExtractResult> {
  const extractor = extractorFor(options);
  const articleExtractor = chooseExtractor(extractor, options);
  const results: ArticleResult[] = [];
  const seen = new Set<string>();
  const unique = documents.filter((doc) => {
    const id = articleId(doc);
    if (seen.has(id)) {
      failures.push({ file: doc.file, reason: `same article id as an earlier input (${id}), skipped` });
      return false;
    }
    seen.add(id);
    return true;
  });
  const parses = new Map<number, Promise<AnnotatedDocument>>();
  const window = Math.max(1, options.nlp.concurrency * LOOKAHEAD_PER_SLOT);
  const parse = (i: number): void => {
    if (i < unique.length && !parses.has(i)) {
      const pending = options.nlp.annotate(unique[i].text);
      // Rejections are read in order below; this only keeps one waiting from counting as unhandled.
      pending.catch(() => undefined);
      parses.set(i, pending);
    }
  };
  for (let i = 0; i < window; i++) parse(i);
  for (const [i, doc] of unique.entries()) {
    parse(i + window);
    const article = toArticle(doc);
    try {
      const annotated = await parses.get(i)!;
      results.push({ article, findings: await articleExtractor.findings(doc, annotated) });
    } catch (error) {
      const name = (error as Error).name;
      if (name === "LlmError" || name === "CoreNlpUnavailableError") throw error;
      const why =
        error instanceof CoreNlpTextError
          ? `not parsed, so nothing was extracted: ${error.message}`
          : `extraction failed: ${(error as Error).message}`;
      failures.push({ file: doc.file, reason: why });
    } finally {
      parses.delete(i);
    }
    options.onProgress?.({ done: i + 1, total: unique.length, file: doc.file });
  }
  return { extraction: assemble(results, extractor.dictionary), failures };
}

/** Reads files and folders (every .txt, .md, .html, .json, .jsonl below a folder) and extracts the graph. */
export async function extractFromPaths(paths: string[], options: ExtractOptions): Promise<ExtractResult> {
  const { documents, failures } = await loadPaths(paths);
  return run(documents, failures, options);
}

/** Extracts from content handed over directly (the server's upload endpoint). */
export async function extractFromInputs(inputs: NamedInput[], options: ExtractOptions): Promise<ExtractResult> {
  const { documents, failures } = await loadInputs(inputs);
  return run(documents, failures, options);
}
