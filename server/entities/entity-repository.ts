import { Node, Relationship } from "neo4j-driver";
import { EntityArticle, EntityDetail, EntityRelation, EvidenceItem } from "../../domain/api";
import {
  Db,
  ENTITY,
  ENTITY_ARTICLES,
  ENTITY_ARTICLE_COUNT,
  ENTITY_RELATIONS,
  storedEvidence,
  toCypherParams,
  toGraphEdge,
  toGraphNode,
  toPlain,
} from "../../storage";

/** Evidence sentences per relation in one answer: enough to read, bounded on hubs. */
export const EVIDENCE_PER_RELATION = 20;

export interface ArticleInfo {
  id: string;
  title: string | null;
  source: string | null;
  date: string | null;
}

/** The parallel evidence lists of a relation as one item per piece of evidence. */
export function evidenceOf(rel: Relationship, articles: Map<string, ArticleInfo>): EvidenceItem[] {
  return storedEvidence(rel).map(({ article, sentence, start, end }) => {
    const info = articles.get(article);
    return {
      article,
      title: info?.title ?? null,
      source: info?.source ?? null,
      date: info?.date ?? null,
      sentence,
      start,
      end,
    };
  });
}

export function newestFirst(evidence: EvidenceItem[]): EvidenceItem[] {
  return [...evidence].sort(
    (a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.article.localeCompare(b.article) || a.start - b.start,
  );
}

export async function readEntity(
  db: Db,
  id: string,
  limit: number,
  includeRejected: boolean,
): Promise<EntityDetail | undefined> {
  return db.read(async (tx) => {
    const found = await tx.run(ENTITY, { id });
    const node = found.records[0] ? toGraphNode(found.records[0].get("n") as Node) : undefined;
    if (!node) return undefined;
    const articles = (
      await tx.run(ENTITY_ARTICLES, toCypherParams({ id, limit }) as Record<string, unknown>)
    ).records.map((r) => toPlain(r.toObject()) as EntityArticle);
    const articlesTotal = (await tx.run(ENTITY_ARTICLE_COUNT, { id })).records[0].get("total").toNumber();
    const rows = (
      await tx.run(ENTITY_RELATIONS, toCypherParams({ id, limit, includeRejected }) as Record<string, unknown>)
    ).records;
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
