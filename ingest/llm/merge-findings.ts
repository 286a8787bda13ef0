import { relationKey } from "../../domain";
import type { ArticleFindings } from "../extract";
import type { EntityRef, FoundRelation } from "../types";

/** How much a fact gains when the rules and the model found it independently. */
const AGREEMENT_BONUS = 0.15;

const ref = (e: EntityRef) => `${e.type}:${e.name}`;
/** The same relation found in the same sentence. */
const key = (r: FoundRelation) =>
  `${relationKey({ source: ref(r.source), type: r.type, target: ref(r.target), negated: r.negated })}@${r.sentence.start}`;

/** `--extractor both`: the rules' findings plus the model's, with agreement raising confidence. */
export function mergeFindings(rules: ArticleFindings, llm: ArticleFindings): ArticleFindings {
  const relations = rules.relations.map((r) => ({ ...r }));
  const byKey = new Map(relations.map((r) => [key(r), r]));
  for (const relation of llm.relations) {
    const same = byKey.get(key(relation));
    if (same) same.confidence = Math.min(1, Math.max(same.confidence, relation.confidence) + AGREEMENT_BONUS);
    else relations.push(relation);
  }
  const mentionKeys = new Set(rules.mentions.map((m) => `${m.start}:${m.end}`));
  const mentions = [...rules.mentions, ...llm.mentions.filter((m) => !mentionKeys.has(`${m.start}:${m.end}`))];
  return { sentences: rules.sentences, mentions, relations, events: rules.events };
}
