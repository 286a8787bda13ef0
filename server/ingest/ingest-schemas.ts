import { z } from "zod";
import { ArticleInputSchema } from "../../domain";

export const IngestJsonSchema = z.object({
  articles: z.array(ArticleInputSchema).min(1, "give at least one article").max(500),
});

/** For a text, Markdown or HTML body: a name for messages and the stored file name. */
export const IngestQuerySchema = z.object({
  name: z.string().trim().regex(/^[\w .()-]{1,200}$/, "letters, digits, spaces and . _ ( ) - only").optional(),
});

/** Body media types the endpoint reads, and what the pipeline calls them. */
export const TEXT_CONTENT_TYPES = {
  "text/plain": { contentType: "text", extension: "txt" },
  "text/markdown": { contentType: "markdown", extension: "md" },
  "text/html": { contentType: "html", extension: "html" },
} as const;
export type TextMediaType = keyof typeof TEXT_CONTENT_TYPES;
