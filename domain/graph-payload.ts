import { z } from "zod";
import { NodeLabelSchema, RelationTypeSchema } from "./schemas";
import { GraphEdgePropertiesSchema } from "./stored-graph";

/** A node as the API hands it to the explorer and to exports. */
export const GraphNodeSchema = z.object({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** A relation as the API hands it out; `id` is its relationKey, stable across runs. */
export const GraphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationTypeSchema,
  properties: GraphEdgePropertiesSchema,
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphPayloadSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** How many more results exist beyond this page; never truncate silently. */
  more: z.number().int().nonnegative().optional(),
});
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;
