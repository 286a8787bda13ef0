import {
  isSymmetric,
  type Extraction,
  type ExtractedEntity,
  type ExtractedRelation,
  type RelationType,
} from "../../domain";

/**
 * What a head of state or an official does, their state does: "Lula called Maduro" is also Brazil
 * NEGOTIATED_WITH Venezuela. Titles and membership themselves are not lifted.
 */
export const ACTS_FOR_STATE = new Set<RelationType>([
  "ATTACKED",
  "BACKS",
  "NEGOTIATED_WITH",
  "MEDIATED",
  "ACCUSED",
  "DEMANDED",
  "REQUESTED",
  "THREATENED",
  "SANCTIONED",
  "AGREED_WITH",
  "OPPOSES",
  "ALLIED_WITH",
]);

/** A lifted relation is a little less sure than the person's own. */
export const LIFTED_CONFIDENCE = 0.9;

const key = (source: string, type: string, target: string): string => `${source}|${type}|${target}`;

/**
 * Adds the relations an earlier ingest's titles imply: a person whose state only the database knows
 * (`affiliation`: person id -> that state or body) acts for it here too. Relations already there are kept.
 */
export function liftWithAffiliations(extraction: Extraction, affiliations: Map<string, ExtractedEntity>): Extraction {
  if (!affiliations.size) return extraction;
  const affiliation = new Map([...affiliations].map(([person, body]) => [person, body.id]));
  const present = new Set(extraction.relations.map((r) => key(r.source, r.type, r.target)));
  const added: ExtractedRelation[] = [];
  for (const r of extraction.relations) {
    if (!ACTS_FOR_STATE.has(r.type) || r.negated) continue;
    let source = affiliation.get(r.source) ?? r.source;
    let target = affiliation.get(r.target) ?? r.target;
    if ((source === r.source && target === r.target) || source === target) continue;
    if (isSymmetric(r.type) && source > target) [source, target] = [target, source];
    if (present.has(key(source, r.type, target))) continue;
    present.add(key(source, r.type, target));
    added.push({ ...r, source, target, evidence: [...r.evidence], confidence: r.confidence * LIFTED_CONFIDENCE });
  }
  if (!added.length) return extraction;
  const known = new Set(extraction.entities.map((e) => e.id));
  const bodies = [
    ...new Map([...affiliations.values()].filter((b) => !known.has(b.id)).map((b) => [b.id, b])).values(),
  ];
  return {
    ...extraction,
    entities: [...extraction.entities, ...bodies],
    relations: [...extraction.relations, ...added],
  };
}
