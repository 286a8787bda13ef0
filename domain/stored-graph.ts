import { z } from "zod";
import { FACT_RELATION_TYPES, type RelationType } from "./relation-types";
import { ArticleSchema, ExtractedEntitySchema, ExtractedRelationSchema, PartialDateSchema } from "./schemas";

/*
 * The graph as Neo4j holds it (docs/storage-model.md explains it). The schemas below, and the extraction
 * format's in schemas.ts that they extend, are the one place a stored property is named: storage/ writes
 * and reads them, everyone else refers to them through these schemas and the name constants below.
 */

/** What an Event entity is about; the lexicon's event nouns and verbs name one of these. */
export const EVENT_KINDS = ["attack", "strike", "war", "talks", "agreement", "withdrawal"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EventKindSchema = z.enum(EVENT_KINDS);

/** The `role` of a PARTICIPATED_IN relation: how an entity took part in an event. */
export const PARTICIPANT_ROLES = ["attacker", "target", "party", "mediator"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);

const Offset = z.number().int().nonnegative();

/** An article as the extraction gives it, with the time it was written. */
export const StoredArticlePropertiesSchema = ArticleSchema.extend({ ingestedAt: z.string() });
export type StoredArticleProperties = z.infer<typeof StoredArticlePropertiesSchema>;

/** An entity as the extraction gives it (its type is the node's label), with what the writer adds. */
export const StoredEntityPropertiesSchema = ExtractedEntitySchema.omit({ type: true }).extend({
  /** The aliases joined with " | ", for the full-text index (which takes strings, not lists). */
  aliasText: z.string(),
  /** Sum of the counts of the entity's MENTIONED_IN relations. */
  mentions: z.number().int().nonnegative(),
  /** Earliest and latest date of the articles that mention it. */
  firstSeen: PartialDateSchema.optional(),
  lastSeen: PartialDateSchema.optional(),
});
export type StoredEntityProperties = z.infer<typeof StoredEntityPropertiesSchema>;

export const StoredNodePropertiesSchema = z.union([StoredEntityPropertiesSchema, StoredArticlePropertiesSchema]);
export type StoredNodeProperties = z.infer<typeof StoredNodePropertiesSchema>;

/** Provenance, `(entity)-[:MENTIONED_IN]->(article)`: where the article names the entity. */
export const StoredMentionPropertiesSchema = z.object({
  count: z.number().int().nonnegative(),
  starts: z.array(Offset),
  ends: z.array(Offset),
});
export type StoredMentionProperties = z.infer<typeof StoredMentionPropertiesSchema>;

/** A fact's evidence: parallel lists, one entry per evidence item, offsets of the sentence in `Article.text`. */
export const StoredEvidenceListsSchema = z.object({
  evidenceArticle: z.array(z.string()),
  evidenceSentence: z.array(z.string()),
  evidenceStart: z.array(Offset),
  evidenceEnd: z.array(Offset),
});
export type StoredEvidenceLists = z.infer<typeof StoredEvidenceListsSchema>;

/**
 * A fact relation, `(a)-[r:TYPE]->(b)` with TYPE one of FACT_RELATION_TYPES: the extraction's relation
 * (its ends and type are the relationship's own), its evidence as lists, and what the writer adds.
 */
export const StoredRelationPropertiesSchema = ExtractedRelationSchema.omit({
  source: true,
  type: true,
  target: true,
  evidence: true,
}).extend({
  ...StoredEvidenceListsSchema.shape,
  /** Distinct ids of the articles behind the evidence. */
  articles: z.array(z.string()),
  /** Evidence items. */
  count: z.number().int().nonnegative(),
  /** Earliest and latest date of the articles behind the evidence. */
  firstSeen: PartialDateSchema.optional(),
  lastSeen: PartialDateSchema.optional(),
  /** Always stored, and part of the relation's identity: "did not attack" is its own relation (see relationKey). */
  negated: z.boolean(),
  /** Set by a reject decision (domain/decisions.ts): the relation stays stored, the read endpoints hide it. */
  rejected: z.boolean().optional(),
  rejectedBy: z.string().optional(),
  rejectedAt: z.string().optional(),
  /** Set by a confirm decision, which also makes the confidence 1. */
  confirmed: z.boolean().optional(),
  /** Set by an add decision: the relation an analyst added by hand, with its note, author, time and sentence. */
  manual: z.boolean().optional(),
  manualNote: z.string().optional(),
  manualBy: z.string().optional(),
  manualAt: z.string().optional(),
  manualEvidence: z.string().optional(),
});
export type StoredRelationProperties = z.infer<typeof StoredRelationPropertiesSchema>;

export const StoredEdgePropertiesSchema = z.union([StoredRelationPropertiesSchema, StoredMentionPropertiesSchema]);
export type StoredEdgeProperties = z.infer<typeof StoredEdgePropertiesSchema>;

/** Stored property names, for code that reads them by name. */
export const ARTICLE_PROPERTY = StoredArticlePropertiesSchema.keyof().enum;
export const ENTITY_PROPERTY = StoredEntityPropertiesSchema.keyof().enum;
export const MENTION_PROPERTY = StoredMentionPropertiesSchema.keyof().enum;
export const RELATION_PROPERTY = StoredRelationPropertiesSchema.keyof().enum;
export const EVIDENCE_LIST_PROPERTIES = StoredEvidenceListsSchema.keyof().options;

/**
 * A fact relation's properties as the API hands them out (storage/read/graph-mapping.ts): the stored ones,
 * with `articles` as a count and the ids in `articleIds`, the first evidence sentence, and the evidence
 * lists only where exports ask for them. Exports add each evidence item's article title, outlet and date.
 */
export const GraphRelationPropertiesSchema = z.looseObject({
  ...StoredRelationPropertiesSchema.omit({ articles: true }).shape,
  ...StoredEvidenceListsSchema.partial().shape,
  articles: z.number().int().nonnegative(),
  articleIds: z.array(z.string()),
  firstEvidence: z.string().optional(),
});

/**
 * An API edge's properties: a fact relation's, or a MENTIONED_IN relation's as stored. Every one is
 * optional here, typed where present: console queries return relations as they are, and an answer must
 * not fail over a property its reader does not need (test/storage checks what the writer stores).
 */
export const GraphEdgePropertiesSchema = z.looseObject({
  ...GraphRelationPropertiesSchema.partial().shape,
  ...StoredMentionPropertiesSchema.partial().shape,
});
export type GraphEdgeProperties = z.infer<typeof GraphEdgePropertiesSchema>;

/** What makes a relation itself: its ends, its type, and whether the text says it did not happen. */
export interface RelationIdentity {
  source: string;
  type: RelationType;
  target: string;
  negated: boolean;
}

/**
 * A relation's one key, `source|TYPE|target`, with `|negated` for a negated relation: the API's edge id,
 * and how ingest and storage tell two relations apart. Symmetric types are keyed with their ends ordered.
 */
export function relationKey(relation: {
  source: string;
  type: RelationType;
  target: string;
  negated?: boolean;
}): string {
  const key = `${relation.source}|${relation.type}|${relation.target}`;
  return relation.negated ? `${key}|negated` : key;
}

/**
 * The inverse of relationKey. Splits at the relation type, so entity ids holding a `|` still parse;
 * undefined when no fact relation type sits between two non-empty ends.
 */
export function parseRelationKey(key: string): RelationIdentity | undefined {
  const parts = key.split("|");
  const negated = parts.length > 3 && parts[parts.length - 1] === "negated";
  if (negated) parts.pop();
  for (let i = 1; i < parts.length - 1; i++) {
    if (!(FACT_RELATION_TYPES as readonly string[]).includes(parts[i])) continue;
    const type = parts[i] as RelationType;
    const source = parts.slice(0, i).join("|");
    const target = parts.slice(i + 1).join("|");
    if (source && target) return { source, type, target, negated };
  }
  return undefined;
}
