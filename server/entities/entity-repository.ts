import { Node, Relationship } from "neo4j-driver";
import { toPlain } from "../../storage";
import { GraphEdge, GraphNode } from "../../domain";
import { Db, toCypherParams, toGraphEdge, toGraphNode } from "../../storage";

export interface EntityArticle {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  mentions: number;
}

export interface EvidenceItem {
  article: string;
  title: string | null;
  source: string | null;
  date: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface EntityRelation {
  type: GraphEdge["type"];
  direction: "out" | "in";
  edge: GraphEdge;
  other: GraphNode;
  evidence: EvidenceItem[];
  articles: number;
  outlets: number;
  /** Evidence items in all; `evidence` holds the newest EVIDENCE_PER_RELATION of them. */
  evidenceTotal: number;
}

export interface EntityDetail {
  node: GraphNode;
  articles: EntityArticle[];
  articlesTotal: number;
  relations: EntityRelation[];
  relationsTotal: number;
}

/** Evidence sentences per relation in one answer: enough to read, bounded on hubs. */
export const EVIDENCE_PER_RELATION = 20;

const ENTITY = "MATCH (n:Entity {id: $id}) RETURN n";

const ARTICLES = `
MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(a:Article)
RETURN a.id AS id, a.title AS title, a.source AS source, a.date AS date, m.count AS mentions
ORDER BY a.date DESC, a.id
LIMIT $limit`;

const ARTICLE_COUNT = "MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(:Article) RETURN count(m) AS total";

/** The entity's fact relations, best supported first, one page; with the articles behind their evidence. */
const RELATIONS = `
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) <> 'MENTIONED_IN'
WITH n, r, o ORDER BY r.count DESC, type(r), o.id
WITH n, collect({r: r, o: o}) AS ranked
UNWIND ranked[0..$limit] AS item
WITH item.r AS r, item.o AS o, startNode(item.r) = n AS out, size(ranked) AS total
CALL (r) {
  UNWIND coalesce(r.articles, []) AS articleId
  MATCH (a:Article {id: articleId})
  RETURN collect({id: a.id, title: a.title, source: a.source, date: a.date}) AS sources
}
RETURN r, o, out, sources, total`;

export interface ArticleInfo {
  id: string;
  title: string | null;
  source: string | null;
  date: string | null;
}

/** The parallel evidence lists of a relation as one item per piece of evidence. */
export function evidenceOf(rel: Relationship, articles: Map<string, ArticleInfo>): EvidenceItem[] {
  const p = toPlain(rel.properties) as Record<string, unknown[] | undefined>;
  const ids = (p.evidenceArticle ?? []) as string[];
  return ids.map((article, i) => {
    const info = articles.get(article);
    return {
      article,
      title: info?.title ?? null,
      source: info?.source ?? null,
      date: info?.date ?? null,
      sentence: String(p.evidenceSentence?.[i] ?? ""),
      start: Number(p.evidenceStart?.[i] ?? 0),
      end: Number(p.evidenceEnd?.[i] ?? 0),
    };
  });
}

export function newestFirst(evidence: EvidenceItem[]): EvidenceItem[] {
  return [...evidence].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.article.localeCompare(b.article) || a.start - b.start);
}

export async function readEntity(db: Db, id: string, limit: number): Promise<EntityDetail | undefined> {
  return db.read(async (tx) => {
    const found = await tx.run(ENTITY, { id });
    const node = found.records[0] ? toGraphNode(found.records[0].get("n") as Node) : undefined;
    if (!node) return undefined;
    const articles = (await tx.run(ARTICLES, toCypherParams({ id, limit }) as Record<string, unknown>)).records.map((r) => toPlain(r.toObject()) as EntityArticle);
    const articlesTotal = (await tx.run(ARTICLE_COUNT, { id })).records[0].get("total").toNumber();
    const rows = (await tx.run(RELATIONS, toCypherParams({ id, limit }) as Record<string, unknown>)).records;
    const relations = rows.flatMap((row): EntityRelation[] => {
      const rel = row.get("r") as Relationship;
      const other = toGraphNode(row.get("o") as Node);
      const out = row.get("out") as boolean;
      const edge = other && toGraphEdge(rel, out ? id : other.id, out ? other.id : id);
      if (!other || !edge) return [];
      const sources = toPlain(row.get("sources")) as ArticleInfo[];
      const outlets = new Set(sources.map((s) => s.source).filter(Boolean)).size;
      const evidence = newestFirst(evidenceOf(rel, new Map(sources.map((s) => [s.id, s]))));
      return [
        {
          type: edge.type,
          direction: out ? "out" : "in",
          edge,
          other,
          evidence: evidence.slice(0, EVIDENCE_PER_RELATION),
          evidenceTotal: evidence.length,
          articles: sources.length,
          outlets,
        },
      ];
    });
    const relationsTotal = rows[0]?.get("total").toNumber() ?? 0;
    return { node, articles, articlesTotal, relations, relationsTotal };
  });
}
