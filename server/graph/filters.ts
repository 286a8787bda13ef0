import { z } from "zod";
import { EntityLabelSchema, PartialDateSchema, RelationTypeSchema } from "../../domain";
import { csvList } from "../http";

/** The filters every graph endpoint accepts (docs/api.md): labels, types, article, source (outlet), from/to. */
export const GraphFilterQuerySchema = z.object({
  labels: csvList(EntityLabelSchema).optional(),
  types: csvList(RelationTypeSchema.exclude(["MENTIONED_IN"])).optional(),
  article: z.string().trim().min(1).max(500).optional(),
  source: z.string().trim().min(1).max(300).optional(),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
});
export type GraphFilterQuery = z.infer<typeof GraphFilterQuerySchema>;
