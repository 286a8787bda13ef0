/**
 * What CoreNLP tells of a text, in the shape the extractor reads: sentences of tokens with character
 * offsets into the text that was sent, their NER spans and their enhanced++ Universal Dependencies.
 * Built once per article and never changed by the passes that read it.
 */
export interface Token {
  /** Position in its sentence, from 0. */
  index: number;
  /** The text as it stands in the article (CoreNLP's `originalText`). */
  text: string;
  lemma: string;
  /** Penn Treebank tag: NNP, VBD, JJ... */
  pos: string;
  /** PERSON, ORGANIZATION, LOCATION, MISC or O. */
  ner: string;
  start: number;
  end: number;
}

export interface Dependency {
  /** Universal Dependencies relation with CoreNLP's enhanced++ subtypes: nsubj, obj, obl:agent, nmod:poss, conj:and... */
  rel: string;
  /** Governor token index, or -1 for the root. */
  head: number;
  dependent: number;
}

/** A span of tokens NER gave a type. */
export interface NerSpan {
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
  type: string;
}

export interface AnnotatedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  dependencies: Dependency[];
  entities: NerSpan[];
}

export interface AnnotatedDocument {
  text: string;
  sentences: AnnotatedSentence[];
}

export class AnnotationFormatError extends Error {
  constructor(problem: string) {
    super(`CoreNLP answered in an unexpected shape: ${problem}`);
    this.name = "AnnotationFormatError";
  }
}

interface RawToken {
  index: number;
  originalText?: string;
  word: string;
  lemma?: string;
  pos?: string;
  ner?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

interface RawDependency {
  dep: string;
  governor: number;
  dependent: number;
}

interface RawSentence {
  index: number;
  tokens?: RawToken[];
  enhancedPlusPlusDependencies?: RawDependency[];
  entitymentions?: { tokenBegin: number; tokenEnd: number; ner: string }[];
}

/**
 * Converts CoreNLP's JSON output. Offsets are Java string offsets, the same UTF-16 units as
 * JavaScript's, so they index `text` directly.
 */
export function fromCoreNlpJson(text: string, json: unknown): AnnotatedDocument {
  const sentences = (json as { sentences?: RawSentence[] })?.sentences;
  if (!Array.isArray(sentences)) throw new AnnotationFormatError("no sentences list");
  return {
    text,
    sentences: sentences.map((raw, i) => {
      if (!Array.isArray(raw.tokens) || raw.tokens.length === 0)
        throw new AnnotationFormatError(`sentence ${i} has no tokens`);
      if (!Array.isArray(raw.enhancedPlusPlusDependencies))
        throw new AnnotationFormatError(`sentence ${i} has no dependency parse (is depparse among the annotators?)`);
      const tokens = raw.tokens.map((t, k): Token => ({
        index: k,
        text: t.originalText ?? t.word,
        lemma: t.lemma ?? t.word,
        pos: t.pos ?? "",
        ner: t.ner ?? "O",
        start: t.characterOffsetBegin,
        end: t.characterOffsetEnd,
      }));
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      return {
        index: i,
        start,
        end,
        text: text.slice(start, end),
        tokens,
        dependencies: raw.enhancedPlusPlusDependencies.map((d) => ({
          rel: d.dep,
          head: d.governor - 1,
          dependent: d.dependent - 1,
        })),
        entities: (raw.entitymentions ?? []).map((m) => ({ start: m.tokenBegin, end: m.tokenEnd, type: m.ner })),
      };
    }),
  };
}
