import { ManagedTransaction } from "neo4j-driver";
import { GraphPayload, RELATION_PROPERTY } from "../../domain";
import { ARTICLE_INFO, toPlain } from "../../storage";

/** Lists parallel to the evidence lists: each evidence item's article title, outlet and date. */
export const EVIDENCE_ARTICLE_LISTS = {
  title: "evidenceTitle",
  source: "evidenceSource",
  date: "evidenceDate",
} as const;

type Info = { title: string; source: string; date: string };

/**
 * Every export names the articles behind each piece of evidence by title, outlet and date, not only by id,
 * so a file read without the database still says who reported what and when. Where an article is not in
 * the database (a graph recreated from a Cypher export), the lists the edge already carries are kept; an
 * unknown value is "" (Neo4j lists hold no nulls, and the Cypher export writes these lists back).
 */
export async function withEvidenceArticles(tx: ManagedTransaction, subgraph: GraphPayload): Promise<GraphPayload> {
  const ids = new Set<string>();
  for (const edge of subgraph.edges) {
    const list = edge.properties[RELATION_PROPERTY.evidenceArticle];
    if (Array.isArray(list)) for (const id of list) if (typeof id === "string") ids.add(id);
  }
  if (ids.size === 0) return subgraph;
  const rows = (await tx.run(ARTICLE_INFO, { ids: [...ids] })).records.map(
    (r) => toPlain(r.toObject()) as { id: string; title: unknown; source: unknown; date: unknown },
  );
  const known = new Map<string, Info>(
    rows.map((r) => [r.id, { title: text(r.title), source: text(r.source), date: text(r.date) }]),
  );
  const edges = subgraph.edges.map((edge) => {
    const articles = edge.properties[RELATION_PROPERTY.evidenceArticle];
    if (!Array.isArray(articles)) return edge;
    const properties = { ...edge.properties };
    for (const [field, list] of Object.entries(EVIDENCE_ARTICLE_LISTS) as [keyof Info, string][]) {
      const stored = Array.isArray(edge.properties[list]) ? (edge.properties[list] as unknown[]) : [];
      properties[list] = articles.map((id, i) => known.get(String(id))?.[field] || text(stored[i]));
    }
    return { ...edge, properties };
  });
  return { ...subgraph, edges };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
