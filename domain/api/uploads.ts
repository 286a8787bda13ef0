import { z } from "zod";
import { ArticleInputSchema } from "../schemas";

export const IngestJsonSchema = z.object({
  articles: z.array(ArticleInputSchema).min(1, "give at least one article").max(500),
  /** Replace stored articles with the same id; without it they are skipped and the job says so. */
  replace: z.boolean().default(false),
});

/** The text fields of a multipart upload (its files are in any file field, `files` by convention). */
export const IngestFormSchema = z
  .object({
    replace: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  })
  .strict();

export const JobParamsSchema = z.object({ job: z.string().trim().min(1).max(100) });

/** Files per multipart upload. */
export const MAX_UPLOAD_FILES = 50;

export const JOB_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const FILE_STATUSES = ["pending", "done", "failed", "skipped"] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

/** One uploaded file, or one article of a file that holds several (`name#n`). */
export const JobFileSchema = z.object({
  name: z.string(),
  status: z.enum(FILE_STATUSES),
  reason: z
    .string()
    .optional()
    .meta({ description: "why it failed or was skipped (e.g. already stored and replace not set)" }),
  articleId: z.string().optional(),
  replaced: z.boolean().optional().meta({ description: "true when it replaced an article already stored" }),
});
export type JobFile = z.infer<typeof JobFileSchema>;

/** An ingest job as GET /api/ingest/:job answers it. */
export const IngestJobSchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  total: z
    .number()
    .int()
    .meta({ description: "documents: the files uploaded, then each article of a file holding several, once read" }),
  done: z.number().int(),
  files: z.array(JobFileSchema),
  summary: z
    .object({
      articles: z.number().int(),
      entities: z.number().int(),
      relations: z.number().int(),
      skipped: z.number().int(),
    })
    .optional()
    .meta({ description: "what was written, once done" }),
  error: z.string().optional(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
});
export type IngestJob = z.infer<typeof IngestJobSchema>;

export const IngestAcceptedSchema = z.object({ job: IngestJobSchema });
export type IngestAccepted = z.infer<typeof IngestAcceptedSchema>;
