import type { Config } from "../../config";
import { AnswerCache } from "./answer-cache";
import { ChatClient } from "./chat-client";

export { dictionaryResolver } from "./dictionary-resolver";
export { extractWithLlm, type LlmExtractorDeps, type NameResolver } from "./llm-extractor";
export { mergeFindings } from "./merge-findings";
export { describeLlmStats, newLlmStats, type LlmStats } from "./llm-stats";
export { ChatClient, LlmError } from "./chat-client";
export { AnswerCache } from "./answer-cache";

export type ExtractorChoice = "rules" | "llm" | "both";

/** The model's settings as configured; what the pipeline needs besides the dictionaries. */
export interface LlmSettings {
  client: ChatClient;
  cache: AnswerCache;
  chunkSentences: number;
}

export function llmSettingsFromConfig(config: Config): LlmSettings {
  return {
    client: new ChatClient({
      baseUrl: config.LLM_BASE_URL,
      model: config.LLM_MODEL,
      apiKey: config.LLM_API_KEY,
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
      concurrency: config.LLM_CONCURRENCY,
    }),
    cache: new AnswerCache(config.LLM_CACHE_DIR),
    chunkSentences: config.LLM_CHUNK_SENTENCES,
  };
}
