import { createHash } from "node:crypto";
import { ArticleInput, Extraction } from "../../domain";
import { JobFile } from "../../domain/api";
import { WriteSummary, writeExtraction } from "../../ingest/load";
import type { ExtractResult, NamedInput } from "../../ingest/pipeline";
import { Db } from "../../storage";

export interface IngestOutcome {
  files: JobFile[];
  summary: WriteSummary;
}

/**
 * A JSON article is named by what identifies it: its URL gives its id anyway; otherwise outlet, title and
 * date, or its text when it has no title. The same article uploaded again gets the same id (and is then
 * refused unless replace is set); two different ones never share one.
 */
export function jsonInputs(articles: ArticleInput[]): NamedInput[] {
  return articles.map((article) => {
    const basis =
      article.url ?? (article.title ? `${article.source ?? ""}|${article.title}|${article.date ?? ""}` : article.text);
    const hash = createHash("sha256").update(basis).digest("hex").slice(0, 8);
    const title = (article.title ?? "article")
      .replace(/[\\/\p{Cc}]/gu, " ")
      .slice(0, 80)
      .trim();
    return { name: `${title} (${hash}).json`, contentType: "json", body: JSON.stringify(article) };
  });
}

const belongsTo = (file: string, input: string) => file === input || file.startsWith(`${input}#`);

/** The files as the extraction saw them: each input, or each article of an input holding several, and every failure. */
export function filesAfterExtraction(inputNames: string[], { extraction, failures }: ExtractResult): JobFile[] {
  return inputNames.flatMap((input) => {
    const articles: JobFile[] = extraction.articles
      .filter((a) => a.file !== undefined && belongsTo(a.file, input))
      .map((a) => ({ name: a.file as string, status: "pending", articleId: a.id }));
    const failed: JobFile[] = failures
      .filter((f) => belongsTo(f.file, input))
      .map((f) => ({ name: f.file, status: "failed", reason: f.reason }));
    const all = [...articles, ...failed];
    return all.length > 0 ? all : [{ name: input, status: "failed" as const, reason: "nothing could be read from it" }];
  });
}

const EXISTING =
  "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.contentHash AS hash, coalesce(a.file, a.title) AS name";

/**
 * Writes what was extracted. An article already stored is only replaced when the upload says so
 * (`replace`); otherwise it is skipped and the file says why. Jobs run one at a time, so nothing else of
 * the server's writes between this check and the write.
 */
export async function writeJob(
  db: Db,
  extraction: Extraction,
  files: JobFile[],
  replace: boolean,
): Promise<IngestOutcome> {
  const ids = extraction.articles.map((a) => a.id);
  const stored = new Map<string, { hash: string | null; name: string | null }>();
  for (const record of (await db.query(EXISTING, { ids })).records)
    stored.set(record.get("id"), { hash: record.get("hash"), name: record.get("name") });
  const toWrite = extraction.articles.filter((a) => replace || !stored.has(a.id));
  const summary = await writeExtraction(db.driver, db.database, { ...extraction, articles: toWrite });
  const byId = new Map(extraction.articles.map((a) => [a.id, a]));
  const outcome = files.map((file): JobFile => {
    if (file.status !== "pending" || !file.articleId) return file;
    const before = stored.get(file.articleId);
    if (!before) return { ...file, status: "done", replaced: false };
    if (!replace) {
      return {
        ...file,
        status: "skipped",
        reason: `an article with this id is already stored (${before.name ?? file.articleId}); send replace: true to replace it`,
      };
    }
    if (before.hash !== null && before.hash === byId.get(file.articleId)?.contentHash)
      return { ...file, status: "skipped", reason: "unchanged: the stored article has the same text" };
    return { ...file, status: "done", replaced: true };
  });
  return { files: outcome, summary: { ...summary, skipped: outcome.filter((f) => f.status === "skipped").length } };
}
