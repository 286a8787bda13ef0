import { z } from "zod";
import { ArticleInputSchema } from "../../domain";

export const IngestJsonSchema = z.object({
  articles: z.array(ArticleInputSchema).min(1, "give at least one article").max(500),
  /** Replace stored articles with the same id; without it they are skipped and the job says so. */
  replace: z.boolean().default(false),
});

/** The text fields of a multipart upload (its files are in any file field, `files` by convention). */
export const IngestFormSchema = z.object({
  replace: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
}).strict();

export const JobParamsSchema = z.object({ job: z.string().trim().min(1).max(100) });

/** Files per multipart upload. */
export const MAX_UPLOAD_FILES = 50;
