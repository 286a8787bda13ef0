import type { ArticleFindings } from "../extract";
import type { FoundRelation } from "../types";

/** How much a fact gains when the rules and the model found it independently. */
const AGREEMENT_BONUS = 0.15;

const key = (r: FoundRelation) => `${r.source.type}:${r.source.name}|${r.type}|${r.target.type}:${r.target.name}|${r.sentence.start}|${r.negated ? 1 : 0}`;

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
