import { z } from "zod";
import { ENTITY_LABELS, NODE_LABELS } from "./labels";
import { RELATION_TYPES } from "./relation-types";

/** A date as precise as the text allows: 2024, 2024-01 or 2024-01-10. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const EntityLabelSchema = z.enum(ENTITY_LABELS);
export const NodeLabelSchema = z.enum(NODE_LABELS);
export const RelationTypeSchema = z.enum(RELATION_TYPES);

/** An article as a user hands it over in JSON / JSON Lines. */
export const ArticleInputSchema = z.object({
  title: z.string().trim().min(1).max(1000).optional(),
  source: z.string().trim().min(1).max(300).optional(),
  date: z.string().trim().max(100).optional(),
  url: z.string().trim().max(4000).optional(),
  authors: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
  text: z.string().min(1, "text is empty"),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export const ArticleSchema = z.object({
  id: z.string().min(1),
  file: z.string().optional(),
  title: z.string(),
  source: z.string().optional(),
  date: PartialDateSchema.optional(),
  authors: z.array(z.string()),
  url: z.string().optional(),
  contentHash: z.string().optional(),
  /** The cleaned body all offsets point into; the extract command leaves it out of its JSON. */
  text: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ExtractedEntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityLabelSchema,
  aliases: z.array(z.string()),
  kind: z.string().optional(),
  date: PartialDateSchema.optional(),
  place: z.string().optional(),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntitySchema>;

export const EvidenceSchema = z.object({
  article: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ExtractedRelationSchema = z.object({
  source: z.string().min(1),
  type: RelationTypeSchema,
  target: z.string().min(1),
  evidence: z.array(EvidenceSchema),
  confidence: z.number().min(0).max(1),
  role: z.string().optional(),
  negated: z.boolean().optional(),
  indirect: z.boolean().optional(),
  date: PartialDateSchema.optional(),
  attributedTo: z.string().optional(),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelationSchema>;

/** Where an entity is mentioned in an article, for highlighting. */
export const MentionSchema = z.object({
  entity: z.string().min(1),
  article: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** The output of `npm run extract` (see ../shared/spec/extraction-format.md), and the input of the loader. */
export const ExtractionSchema = z.object({
  articles: z.array(ArticleSchema),
  entities: z.array(ExtractedEntitySchema),
  relations: z.array(ExtractedRelationSchema),
  mentions: z.array(MentionSchema).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
