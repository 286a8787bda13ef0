import { extractArticle, Extractor, RunMemory, splitSentences, type ArticleFindings } from "./extract";
import { dictionaryResolver, ExtractorChoice, extractWithLlm, LlmSettings, LlmStats, mergeFindings } from "./llm";
import type { SourceDocument } from "./types";

/** What every extractor does: one article in, its findings out, entity references not yet resolved to ids. */
export interface ArticleExtractor {
  readonly name: ExtractorChoice;
  findings(doc: SourceDocument, memory: RunMemory): Promise<ArticleFindings>;
}

export function rulesExtractor(extractor: Extractor): ArticleExtractor {
  return { name: "rules", findings: async (doc, memory) => extractArticle(doc, extractor, memory) };
}

/** The model's names go through the rules' recognizer, so it cannot duplicate known actors. */
export function llmExtractor(extractor: Extractor, llm: LlmSettings, stats: LlmStats): ArticleExtractor {
  return {
    name: "llm",
    findings: (doc, memory) => extractWithLlm(doc, splitSentences(doc.text), { ...llm, resolve: dictionaryResolver(extractor, memory), stats }),
  };
}

/** Both at once: the rules' findings plus the model's, agreement raising confidence. */
export function combinedExtractor(rules: ArticleExtractor, llm: ArticleExtractor): ArticleExtractor {
  return {
    name: "both",
    findings: async (doc, memory) => {
      const fromRules = await rules.findings(doc, memory);
      return mergeFindings(fromRules, await llm.findings(doc, memory));
    },
  };
}
