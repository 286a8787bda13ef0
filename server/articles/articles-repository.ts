import { EntityLabel } from "../../domain";
import { ArticleDetail, ArticleList, ArticleMention, ArticleSummary } from "../../domain/api";
import {
  ARTICLE,
  ARTICLE_COUNT,
  ARTICLE_LIST,
  ARTICLE_MENTIONS,
  ARTICLE_RELATIONS,
  Db,
  domainLabel,
  storedEvidence,
  toCypherParams,
  toGraphEdge,
  toPlain,
} from "../../storage";

export async function listArticles(
  db: Db,
  source: string | undefined,
  limit: number,
  offset: number,
): Promise<ArticleList> {
  return db.read(async (tx) => {
    const params = toCypherParams({ source: source ?? null, limit, offset }) as Record<string, unknown>;
    const rows = await tx.run(ARTICLE_LIST, params);
    const total = (await tx.run(ARTICLE_COUNT, params)).records[0].get("total").toNumber();
    const articles = rows.records.map((r) => {
      return toPlain(r.toObject()) as ArticleSummary;
    });
    return { articles, total };
  });
}

export async function readArticle(db: Db, id: string): Promise<ArticleDetail | undefined> {
  return db.read(async (tx) => {
    const found = await tx.run(ARTICLE, { id });
    if (found.records.length === 0) return undefined;
    const article = toPlain(found.records[0].toObject()) as ArticleDetail["article"];
    const mentions = (await tx.run(ARTICLE_MENTIONS, { id })).records.map((r) => {
      const row = toPlain(r.toObject()) as Omit<ArticleMention, "label"> & { labels: string[] };
      return {
        entity: row.entity,
        name: row.name,
        label: domainLabel(row.labels) as EntityLabel,
        start: row.start,
        end: row.end,
      };
    });
    const relations = (await tx.run(ARTICLE_RELATIONS, { id })).records.flatMap((r) => {
      const rel = r.get("r");
      const edge = toGraphEdge(rel, r.get("source"), r.get("target"));
      if (!edge) return [];
      return storedEvidence(rel)
        .filter((evidence) => evidence.article === id)
        .map((evidence) => ({ edge, sentence: evidence.sentence, start: evidence.start, end: evidence.end }));
    });
    relations.sort((a, b) => a.start - b.start || a.edge.id.localeCompare(b.edge.id));
    return { article, mentions, relations };
  });
}
