import type { EntityLabel, RelationType } from "../domain";

/** An input document after reading and cleaning, before any extraction. */
export interface SourceDocument {
  /** Basename of the file it came from (with "#n" for the n-th record of a JSON array or JSON Lines file). */
  file: string;
  title: string;
  source?: string;
  /** YYYY-MM-DD, or coarser when that is all the document says. */
  date?: string;
  authors: string[];
  url?: string;
  /** The cleaned body: every offset of the extraction points into this string. */
  text: string;
}

export type ContentType = "text" | "markdown" | "html" | "json";

export interface NamedInput {
  name: string;
  contentType: ContentType;
  body: string;
}

export interface InputFailure {
  file: string;
  reason: string;
}

/** A span of the article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  index: number;
}

/** What a surface form refers to, before ids are assigned. */
export interface EntityRef {
  name: string;
  type: EntityLabel;
  kind?: string;
}

/** One occurrence of an entity in a sentence. */
export interface EntityMention extends Span {
  surface: string;
  ref: EntityRef;
  /**
   * How the mention stands in its phrase: `head` can be an argument of a relation; `modifier` only
   * qualifies a noun ("Iranian nuclear programme") and is never a subject or object.
   */
  role: "head" | "modifier";
}

/** A relation found in one sentence, between entity refs. */
export interface FoundRelation {
  source: EntityRef;
  type: RelationType;
  target: EntityRef;
  sentence: Sentence;
  confidence: number;
  negated?: boolean;
  indirect?: boolean;
  role?: string;
  date?: string;
  attributedTo?: string;
  /** Set when a verb tells of an act that is an event in its own right ("attacked ... Tower 22"). */
  eventKind?: string;
}
