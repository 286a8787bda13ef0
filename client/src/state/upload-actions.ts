import { api, type ArticleUpload } from "../api";
import type { ActionContext } from "./action-context";
import { quietFailure } from "./error-policy";
import { CATALOGUE_LIMIT } from "./graph-actions";
import { describeJob, followJob } from "./ingest-job";
import { catalogueLoaded } from "./updates/graph-data";
import { statsRefreshed } from "./updates/status";
import { jobEnded, jobPolled, uploadCleared, uploadFailed, uploadStarted } from "./updates/upload";
import { lit } from "./updates/view";

/** Entities the new articles mention, fetched with their neighbours; more than this and only the first are. */
const HIGHLIGHT_ARTICLES_MAX = 20;
const NEIGHBOURS_LIMIT = 100;

export type UploadInput = { files: File[] } | { articles: ArticleUpload[] };

/**
 * Upload from the explorer: the server ingests as a job (POST /api/ingest → 202), followed here until it ends;
 * then the catalogue and counts are refreshed and the entities of the new articles are brought into the
 * graph and lit. The refreshes are best effort: the upload itself has succeeded.
 */
export function createUploadActions({ graph, view, set, call, merge }: ActionContext) {
  async function upload(input: UploadInput, replace: boolean): Promise<void> {
    const names =
      "files" in input
        ? input.files.map((f) => f.name)
        : input.articles.map((a, i) => a.title ?? `pasted text ${i + 1}`);
    set((s) => uploadStarted(s, names));
    const job = await call(
      async () => {
        const first = await api.ingest(input, replace);
        return followJob(
          first,
          (id) => api.ingestJob(id),
          (latest) => set((s) => jobPolled(s, latest)),
        );
      },
      { failed: (s, failure) => uploadFailed(s, failure.message) },
    );
    if (!job) return;
    set((s) => jobEnded(s, job));
    if (job.status === "done") await showNewArticles(describeJob(job).articleIds);
  }

  async function showNewArticles(articleIds: string[]): Promise<void> {
    const quietly = { failed: quietFailure };
    const stats = await call(() => api.stats(), quietly);
    if (stats) set((s) => statsRefreshed(s, stats));
    const list = await call(() => api.articles(CATALOGUE_LIMIT), quietly);
    if (list) set((s) => catalogueLoaded(s, list));
    const mentioned = new Set<string>();
    for (const id of articleIds.slice(0, HIGHLIGHT_ARTICLES_MAX)) {
      const detail = await call(() => api.article(id), quietly);
      for (const mention of detail?.mentions ?? []) mentioned.add(mention.entity);
    }
    if (mentioned.size === 0) return;
    const payload = await call(() => api.neighbours([...mentioned], { limit: NEIGHBOURS_LIMIT }), quietly);
    if (!payload) return;
    await view.settle(merge(payload));
    const nodes = [...mentioned].filter((id) => graph.hasNode(id));
    const edges =
      nodes.length > 0
        ? graph.filterEdges((_, __, source, target) => mentioned.has(source) && mentioned.has(target))
        : [];
    set((s) => lit(s, nodes, edges, "upload"));
    view.centreOn(nodes);
  }

  return {
    upload,
    clearUpload: () => set(uploadCleared),
  };
}
