import { z } from "zod";

/** Every error answer: an RFC 9457 problem document (application/problem+json). */
export const ProblemSchema = z.object({
  status: z.number().int(),
  title: z.string(),
  detail: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;
