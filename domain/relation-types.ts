import { ARTICLE_LABEL, ENTITY_LABELS, type EntityLabel, type NodeLabel } from "./labels";

export const RELATION_TYPES = [
  "BACKS",
  "NEGOTIATED_WITH",
  "MEDIATED",
  "ATTACKED",
  "ACCUSED",
  "DEMANDED",
  "REQUESTED",
  "THREATENED",
  "SANCTIONED",
  "AGREED_WITH",
  "SIGNED",
  "WITHDREW_FROM",
  "LEADS",
  "MEMBER_OF",
  "PART_OF",
  "ALLIED_WITH",
  "OPPOSES",
  "PARTICIPATED_IN",
  "OCCURRED_IN",
  "MENTIONED_IN",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations stored once per unordered pair: the writer orders the endpoints by id. */
export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = [
  "NEGOTIATED_WITH",
  "AGREED_WITH",
  "ALLIED_WITH",
  "OPPOSES",
];

/** Relations between two entities that an extractor produces (MENTIONED_IN is provenance, written by the loader). */
export const FACT_RELATION_TYPES = RELATION_TYPES.filter((t) => t !== "MENTIONED_IN");

export const RELATION_CATEGORIES = ["cooperation", "conflict", "structure", "event", "provenance"] as const;
export type RelationCategory = (typeof RELATION_CATEGORIES)[number];

/** How the explorer tells cooperation from conflict at a glance. */
export const RELATION_CATEGORY: Record<RelationType, RelationCategory> = {
  BACKS: "cooperation",
  NEGOTIATED_WITH: "cooperation",
  MEDIATED: "cooperation",
  AGREED_WITH: "cooperation",
  SIGNED: "cooperation",
  ALLIED_WITH: "cooperation",
  REQUESTED: "cooperation",
  ATTACKED: "conflict",
  ACCUSED: "conflict",
  DEMANDED: "conflict",
  THREATENED: "conflict",
  SANCTIONED: "conflict",
  OPPOSES: "conflict",
  WITHDREW_FROM: "conflict",
  LEADS: "structure",
  MEMBER_OF: "structure",
  PART_OF: "structure",
  PARTICIPATED_IN: "event",
  OCCURRED_IN: "event",
  MENTIONED_IN: "provenance",
};

/** PLOVER event types, for the event-data export. */
export const PLOVER_EVENT_TYPE: Partial<Record<RelationType, string>> = {
  BACKS: "AID",
  NEGOTIATED_WITH: "CONSULT",
  MEDIATED: "MEDIATE",
  ATTACKED: "ASSAULT",
  ACCUSED: "ACCUSE",
  DEMANDED: "REQUEST",
  REQUESTED: "REQUEST",
  THREATENED: "THREATEN",
  SANCTIONED: "SANCTION",
  AGREED_WITH: "AGREE",
  SIGNED: "AGREE",
  WITHDREW_FROM: "RETREAT",
  ALLIED_WITH: "COOPERATE",
  OPPOSES: "REJECT",
};

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export function isSymmetric(type: RelationType): boolean {
  return SYMMETRIC_RELATION_TYPES.includes(type);
}

/** The labels a relation type may join, source and target. */
export interface RelationEndpoints {
  source: readonly NodeLabel[];
  target: readonly NodeLabel[];
}

/** Who acts and is acted upon: a place does neither, except where a type says so. */
const PARTIES: readonly EntityLabel[] = ENTITY_LABELS.filter((label) => label !== "Place");
const ANY_ENTITY: readonly EntityLabel[] = ENTITY_LABELS;
const BETWEEN_PARTIES: RelationEndpoints = { source: PARTIES, target: PARTIES };

/** Which labels each relation type may connect; the assembler drops any relation that does not fit. */
export const RELATION_ENDPOINTS: Record<RelationType, RelationEndpoints> = {
  BACKS: BETWEEN_PARTIES,
  NEGOTIATED_WITH: BETWEEN_PARTIES,
  MEDIATED: BETWEEN_PARTIES,
  ATTACKED: { source: PARTIES, target: ANY_ENTITY },
  ACCUSED: BETWEEN_PARTIES,
  DEMANDED: BETWEEN_PARTIES,
  REQUESTED: BETWEEN_PARTIES,
  THREATENED: BETWEEN_PARTIES,
  SANCTIONED: BETWEEN_PARTIES,
  AGREED_WITH: BETWEEN_PARTIES,
  SIGNED: BETWEEN_PARTIES,
  WITHDREW_FROM: { source: PARTIES, target: ANY_ENTITY },
  LEADS: { source: PARTIES, target: ["Group", "State"] },
  MEMBER_OF: { source: ["Actor"], target: PARTIES },
  PART_OF: { source: ["Group", "State", "Event"], target: PARTIES },
  ALLIED_WITH: BETWEEN_PARTIES,
  OPPOSES: BETWEEN_PARTIES,
  PARTICIPATED_IN: { source: PARTIES, target: ["Event"] },
  // Where an event took place: a place or state as the text names it, whatever label the run settled on.
  OCCURRED_IN: { source: ["Event"], target: ANY_ENTITY },
  MENTIONED_IN: { source: ANY_ENTITY, target: [ARTICLE_LABEL] },
};

export function connects(type: RelationType, source: NodeLabel, target: NodeLabel): boolean {
  const ends = RELATION_ENDPOINTS[type];
  return ends.source.includes(source) && ends.target.includes(target);
}
