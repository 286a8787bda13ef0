import { z } from "zod";
import { DecisionSchema } from "../decisions";
import { IdSchema } from "./query-values";

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
