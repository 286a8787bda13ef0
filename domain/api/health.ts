import { z } from "zod";

export const HealthSchema = z.object({
  status: z.literal("ok"),
  neo4j: z.literal("up"),
  version: z.string(),
  database: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
