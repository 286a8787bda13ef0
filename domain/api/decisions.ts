import { z } from "zod";
import { DecisionSchema } from "../decisions";
import { EntityLabelSchema } from "../schemas";
import { IdSchema, csvList, queryInt } from "./query-values";

export const DecisionParamsSchema = z.object({ id: IdSchema });

export const DecisionAnswerSchema = z.object({ decision: DecisionSchema });
export type DecisionAnswer = z.infer<typeof DecisionAnswerSchema>;

/** The decisions, newest first: GET /api/decisions, the export file, and what import takes. */
export const DecisionListSchema = z.object({ decisions: z.array(DecisionSchema).max(100_000) });
export type DecisionList = z.infer<typeof DecisionListSchema>;

export const DecisionImportResultSchema = z.object({
  /** Decisions stored and applied now. */
  imported: z.number().int(),
  /** Decisions whose id was stored already, left as they are. */
  skipped: z.number().int(),
});
export type DecisionImportResult = z.infer<typeof DecisionImportResultSchema>;

export const DuplicateSuggestionsQuerySchema = z.object({
  labels: csvList(EntityLabelSchema).optional(),
  limit: queryInt(1, 200, 30),
});

const SuggestedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  label: EntityLabelSchema,
  aliases: z.array(z.string()),
  /** Relations of the entity (rejected ones not counted): which of the two to keep is usually the better-connected. */
  degree: z.number().int(),
});

/** Why two entities look like one. */
export const DuplicateReasonSchema = z.discriminatedUnion("kind", [
  /** Names alike by string distance; 1 is the same name once normalised. */
  z.object({ kind: z.literal("similar-name"), similarity: z.number().min(0).max(1) }),
  /** A name or alias of one is a name or alias of the other. */
  z.object({ kind: z.literal("shared-alias"), alias: z.string() }),
  /** A person named by part of the other's name only: a surname or a given name alone, "Netanyahu" of "Benjamin Netanyahu". */
  z.object({ kind: z.literal("short-name"), name: z.string(), of: z.string() }),
  z.object({ kind: z.literal("shared-neighbours"), count: z.number().int().min(1) }),
]);
export type DuplicateReason = z.infer<typeof DuplicateReasonSchema>;

/** Two entities of one label that may be the same, best first; a merge or a dismiss decision ends a suggestion. */
export const DuplicateSuggestionSchema = z.object({
  entities: z.tuple([SuggestedEntitySchema, SuggestedEntitySchema]),
  score: z.number().min(0).max(1),
  reasons: z.array(DuplicateReasonSchema).min(1),
});
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestionSchema>;

export const DuplicateSuggestionsSchema = z.object({ suggestions: z.array(DuplicateSuggestionSchema) });
export type DuplicateSuggestions = z.infer<typeof DuplicateSuggestionsSchema>;
