import { api, type ArticleUpload } from "../api";
import type { ActionContext } from "./action-context";
import { connectionAfter, describeError } from "./errors";
import { describeJob, followJob } from "./ingest-job";

/** Entities the new articles mention, fetched with their neighbours; more than this and only the first are. */
const HIGHLIGHT_ARTICLES_MAX = 20;
const NEIGHBOURS_LIMIT = 100;

export type UploadInput = { files: File[] } | { articles: ArticleUpload[] };

/**
 * Upload from the explorer: the server ingests as a job (POST /api/ingest → 202), followed here until it ends;
 * then the catalogue and counts are refreshed and the entities of the new articles are brought into the
 * graph and lit.
 */
export function createUploadActions({ graph, store, view, set, merge }: ActionContext) {
  async function upload(input: UploadInput, replace: boolean): Promise<void> {
    const names = "files" in input ? input.files.map((f) => f.name) : input.articles.map((a, i) => a.title ?? `pasted text ${i + 1}`);
    set({ upload: { job: null, names, error: null, running: true } });
    try {
      const first = await api.ingest(input, replace);
      const job = await followJob(first, (id) => api.ingestJob(id), (latest) => set((s) => ({ upload: { ...s.upload, job: latest } })));
      set((s) => ({ upload: { ...s.upload, job, running: false } }));
      if (job.status === "done") await showNewArticles(describeJob(job).articleIds);
    } catch (error) {
      const connection = connectionAfter(error);
      if (connection) set({ connection });
      set((s) => ({ upload: { ...s.upload, running: false, error: describeError(error) } }));
    }
  }

  async function showNewArticles(articleIds: string[]): Promise<void> {
    const stats = await api.stats().catch(() => null);
    if (stats) set({ stats, connection: stats.articles > 0 ? { kind: "ok" } : store.get().connection });
    const list = await api.articles(500).catch(() => null);
    if (list) {
      const sources = [...new Set(list.articles.map((a) => a.source).filter((s): s is string => Boolean(s)))].sort();
      set({ catalogue: { sources, articles: list.articles.map((a) => ({ id: a.id, title: a.title, source: a.source ?? null, date: a.date ?? null })) } });
    }
    const mentioned = new Set<string>();
    for (const id of articleIds.slice(0, HIGHLIGHT_ARTICLES_MAX)) {
      const detail = await api.article(id).catch(() => null);
      for (const mention of detail?.mentions ?? []) mentioned.add(mention.entity);
    }
    if (mentioned.size === 0) return;
    const payload = await api.neighbours([...mentioned], { limit: NEIGHBOURS_LIMIT }).catch(() => null);
    if (!payload) return;
    await view.settle(merge(payload));
    const lit = [...mentioned].filter((id) => graph.hasNode(id));
    const edges = lit.length > 0 ? graph.filterEdges((_, __, source, target) => mentioned.has(source) && mentioned.has(target)) : [];
    set({ highlight: { nodes: lit, edges, reason: "upload" } });
    view.centreOn(lit);
  }

  return {
    upload,
    clearUpload: () => set({ upload: { job: null, names: [], error: null, running: false } }),
  };
}
