import type { EntityMention, EntityRef, FoundRelation, Sentence } from "../types";

export interface Participant {
  ref: EntityRef;
  role: string;
}

/** An event a sentence speaks of, before events of the same article and run are merged. */
export interface FoundEvent {
  kind: string;
  /** The words that name it ("talks", "air strike"), for its name. */
  trigger: string;
  participants: Participant[];
  date?: string;
  place?: EntityRef;
  sentence: Sentence;
  /** "The talks", "the attack": a definite description of an event told before. */
  definite: boolean;
  /** "A second round", "another attack": explicitly not an event told before. */
  distinct: boolean;
  /** Relations whose target is this event (SIGNED, WITHDREW_FROM), filled in once it has an id. */
  relations: { source: EntityRef; type: "SIGNED" | "WITHDREW_FROM"; confidence: number }[];
}

/** What one article says, with entity references not yet resolved to ids. */
export interface ArticleFindings {
  sentences: Sentence[];
  /** Mentions with offsets into the article text. */
  mentions: EntityMention[];
  relations: FoundRelation[];
  events: FoundEvent[];
}
