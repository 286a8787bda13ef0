/**
 * The one CoreNLP pipeline the extractor uses. The server keeps only its last pipeline, keyed by the
 * full property set, so every request sends exactly these (URL-encoded) and the local server is
 * started with them preloaded.
 *
 * NER runs its statistical models only: the fine-grained rule layer (COUNTRY, NATIONALITY, TITLE...)
 * cost nine tenths of the pipeline's time here, and our own dictionaries (world-countries, the curated
 * entities, the title lexicon) type those mentions instead. Dates come from chrono-node, so SUTime and
 * the numeric classifiers are off too.
 */
export const CORENLP_PROPERTIES: Readonly<Record<string, string>> = {
  annotators: "tokenize,ssplit,pos,lemma,ner,depparse",
  outputFormat: "json",
  "ssplit.newlineIsSentenceBreak": "two",
  "ner.applyFineGrained": "false",
  "ner.applyNumericClassifiers": "false",
  "ner.useSUTime": "false",
  "ner.buildEntityMentions": "true",
};
