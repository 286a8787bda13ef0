import type { Dictionary } from "../data/dictionary";
import type { Lexicon } from "../data/lexicon";
import type { EntityMention, EntityRef, FoundRelation, Sentence } from "../types";
import type { Item } from "./items";

/** One sentence with its entities, ready for the relation rules. */
export interface SentenceAnalysis {
  sentence: Sentence;
  mentions: EntityMention[];
  items: Item[];
}

export interface RuleContext {
  lexicon: Lexicon;
  dictionary: Dictionary;
  articleDate?: string;
}

export interface Participant {
  ref: EntityRef;
  role: string;
}

/** An event a sentence speaks of, before events of the same article and run are merged. */
export interface FoundEvent {
  kind: string;
  /** The words that name it ("talks", "drone attack"), for its name. */
  trigger: string;
  participants: Participant[];
  date?: string;
  place?: EntityRef;
  sentence: Sentence;
  /** "The talks", "the attack": a definite description of an event told before. */
  definite: boolean;
  /** "A second round", "the next attack": explicitly not an event told before. */
  distinct: boolean;
  /** Relations whose target is this event (SIGNED, WITHDREW_FROM), filled in once it has an id. */
  relations: { source: EntityRef; type: "SIGNED" | "WITHDREW_FROM"; confidence: number }[];
}

export const relation = (a: SentenceAnalysis, source: EntityRef, type: FoundRelation["type"], target: EntityRef, confidence: number, extra: Partial<FoundRelation> = {}): FoundRelation => ({
  source,
  type,
  target,
  sentence: a.sentence,
  confidence,
  ...extra,
});
