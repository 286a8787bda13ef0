import { toPlain } from "../../storage";
import { EntityLabel, GraphEdge } from "../../domain";
import { Db, domainLabel, toCypherParams, toGraphEdge } from "../../storage";

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  authors: string[];
  url: string | null;
}

export interface ArticleMention {
  entity: string;
  name: string;
  label: EntityLabel;
  start: number;
  end: number;
}

export interface ArticleRelation {
  edge: GraphEdge;
  sentence: string;
  start: number;
  end: number;
}

export interface ArticleDetail {
  article: ArticleSummary & { text: string | null; file: string | null; contentHash: string | null; ingestedAt: string | null };
  mentions: ArticleMention[];
  relations: ArticleRelation[];
}

const SUMMARY_FIELDS = "a.id AS id, a.title AS title, a.source AS source, a.date AS date, coalesce(a.authors, []) AS authors, a.url AS url";

const LIST = `
MATCH (a:Article) WHERE $source IS NULL OR a.source = $source
WITH a ORDER BY a.date DESC, a.id
WITH collect(a) AS ranked
UNWIND ranked[$offset..$offset + $limit] AS a
RETURN ${SUMMARY_FIELDS}`;

const COUNT = "MATCH (a:Article) WHERE $source IS NULL OR a.source = $source RETURN count(a) AS total";

export async function listArticles(db: Db, source: string | undefined, limit: number, offset: number): Promise<{ articles: ArticleSummary[]; total: number }> {
  return db.read(async (tx) => {
    const params = toCypherParams({ source: source ?? null, limit, offset }) as Record<string, unknown>;
    const rows = await tx.run(LIST, params);
    const total = (await tx.run(COUNT, params)).records[0].get("total").toNumber();
    const articles = rows.records.map((r) => {
      return toPlain(r.toObject()) as ArticleSummary;
    });
    return { articles, total };
  });
}

const ONE = `
MATCH (a:Article {id: $id})
RETURN ${SUMMARY_FIELDS}, a.text AS text, a.file AS file, a.contentHash AS contentHash, a.ingestedAt AS ingestedAt`;

const MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: $id})
UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
RETURN e.id AS entity, e.name AS name, labels(e) AS labels, m.starts[i] AS start, m.ends[i] AS end
ORDER BY start, end`;

/* Relations the article is evidence for: both endpoints are mentioned in it (the loader guarantees it). */
const RELATIONS = `
MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(s:Entity)-[r]->(t:Entity)
WHERE $id IN r.articles
RETURN DISTINCT r, s.id AS source, t.id AS target`;

export async function readArticle(db: Db, id: string): Promise<ArticleDetail | undefined> {
  return db.read(async (tx) => {
    const found = await tx.run(ONE, { id });
    if (found.records.length === 0) return undefined;
    const article = toPlain(found.records[0].toObject()) as ArticleDetail["article"];
    const mentions = (await tx.run(MENTIONS, { id })).records.map((r) => {
      const row = toPlain(r.toObject()) as Omit<ArticleMention, "label"> & { labels: string[] };
      return { entity: row.entity, name: row.name, label: domainLabel(row.labels) as EntityLabel, start: row.start, end: row.end };
    });
    const relations = (await tx.run(RELATIONS, { id })).records.flatMap((r) => {
      const rel = r.get("r");
      const edge = toGraphEdge(rel, r.get("source"), r.get("target"));
      if (!edge) return [];
      const p = toPlain(rel.properties) as Record<string, unknown[]>;
      return p.evidenceArticle
        .map((article, i) => ({ article, i }))
        .filter(({ article }) => article === id)
        .map(({ i }) => ({ edge, sentence: String(p.evidenceSentence[i]), start: Number(p.evidenceStart[i]), end: Number(p.evidenceEnd[i]) }));
    });
    relations.sort((a, b) => a.start - b.start || a.edge.id.localeCompare(b.edge.id));
    return { article, mentions, relations };
  });
}
