import { extractArticle, Extractor, type ArticleFindings } from "./extract";
import { dictionaryResolver, ExtractorChoice, extractWithLlm, LlmSettings, LlmStats, mergeFindings } from "./llm";
import type { AnnotatedDocument } from "./nlp";
import type { SourceDocument } from "./types";

/** What every extractor does: one parsed article in, its findings out, entity references not yet resolved to ids. */
export interface ArticleExtractor {
  readonly name: ExtractorChoice;
  findings(doc: SourceDocument, annotated: AnnotatedDocument): Promise<ArticleFindings>;
}

export function rulesExtractor(extractor: Extractor): ArticleExtractor {
  return { name: "rules", findings: async (doc, annotated) => extractArticle(doc, annotated, extractor) };
}

const sentencesOf = (annotated: AnnotatedDocument) =>
  annotated.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text }));

/** The model's names go through the rules' dictionaries, so it cannot duplicate known actors. */
export function llmExtractor(extractor: Extractor, llm: LlmSettings, stats: LlmStats): ArticleExtractor {
  return {
    name: "llm",
    findings: (doc, annotated) =>
      extractWithLlm(doc, sentencesOf(annotated), { ...llm, resolve: dictionaryResolver(extractor), stats }),
  };
}

/** Both at once: the rules' findings plus the model's, agreement raising confidence. */
export function combinedExtractor(rules: ArticleExtractor, llm: ArticleExtractor): ArticleExtractor {
  return {
    name: "both",
    findings: async (doc, annotated) => {
      const fromRules = await rules.findings(doc, annotated);
      return mergeFindings(fromRules, await llm.findings(doc, annotated));
    },
  };
}
