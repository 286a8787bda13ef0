import { z } from "zod";
import { EntityLabelSchema } from "../schemas";
import { csvList, queryInt } from "./query-values";

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, "give a search text").max(200),
  limit: queryInt(1, 100, 10),
  labels: csvList(EntityLabelSchema).optional(),
});

export const SearchResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  label: EntityLabelSchema,
  aliases: z.array(z.string()),
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
