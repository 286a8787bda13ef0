import { z } from "zod";
import { ENTITY_LABELS, FACT_RELATION_TYPES } from "../../domain";

/** Relations a model may propose: every fact type of the domain except event plumbing. */
export const LLM_RELATION_TYPES = FACT_RELATION_TYPES.filter((t) => t !== "PARTICIPATED_IN" && t !== "OCCURRED_IN");

/** What we ask the model for; the JSON schema sent with each request is generated from this, never written twice. */
export const LlmAnswerSchema = z.object({
  entities: z.array(
    z.object({
      name: z.string().min(1).describe("the entity's name as written in the text"),
      type: z
        .enum(ENTITY_LABELS)
        .describe(
          "Actor = a named person; Group = organised body; State = country; Event; Place = location that is not a country",
        ),
    }),
  ),
  relations: z.array(
    z.object({
      source: z.string().min(1).describe("name of the entity that acts"),
      type: z.enum(LLM_RELATION_TYPES as [string, ...string[]]),
      target: z.string().min(1).describe("name of the entity acted upon"),
      sentence: z.string().min(1).describe("the sentence that says so, copied exactly from the text"),
      negated: z.boolean().describe("true when the text says it did NOT happen"),
    }),
  ),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

/** Loose shape for the first pass: items are checked one by one so one bad item does not sink the rest. */
export const LooseAnswerSchema = z.object({
  entities: z.array(z.unknown()).default([]),
  relations: z.array(z.unknown()).default([]),
});

export const EntityItemSchema = LlmAnswerSchema.shape.entities.element;
export const RelationItemSchema = LlmAnswerSchema.shape.relations.element;

export function answerJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LlmAnswerSchema, { target: "draft-7" }) as Record<string, unknown>;
}
