import { GraphPayload, PLOVER_EVENT_TYPE, RELATION_PROPERTY } from "../../../domain";
import { ExportWriter } from "../export-model";

export interface PloverRecord {
  id: string;
  date: string | null;
  source: string;
  sourceName: string;
  sourceLabel: string;
  eventType: string;
  relation: string;
  target: string;
  targetName: string;
  targetLabel: string;
  negated: boolean;
  text: string | null;
  article: string | null;
  /** The first evidence item's article: its title, outlet and date. */
  articleTitle: string | null;
  articleSource: string | null;
  articleDate: string | null;
  articles: string[];
  count: number;
  confidence: number | null;
}

/**
 * One event record per relation that PLOVER has an event type for (structural relations such as LEADS
 * have none and are left out): who did what to whom, when, with the first sentence that says so.
 */
export function ploverRecords(subgraph: GraphPayload): PloverRecord[] {
  const nodes = new Map(subgraph.nodes.map((n) => [n.id, n]));
  return subgraph.edges.flatMap((edge): PloverRecord[] => {
    const eventType = PLOVER_EVENT_TYPE[edge.type];
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!eventType || !source || !target) return [];
    const p = edge.properties;
    const stated = p[RELATION_PROPERTY.evidenceArticle];
    const evidenceArticles = Array.isArray(stated) ? (stated as string[]) : [];
    const articles = Array.isArray(p.articleIds) ? (p.articleIds as string[]) : evidenceArticles;
    const first = (list: unknown) => (Array.isArray(list) && typeof list[0] === "string" && list[0] ? list[0] : null);
    return [
      {
        id: edge.id,
        date: (p.date ?? p.firstSeen ?? null) as string | null,
        source: source.id,
        sourceName: source.name,
        sourceLabel: source.label,
        eventType,
        relation: edge.type,
        target: target.id,
        targetName: target.name,
        targetLabel: target.label,
        negated: p.negated === true,
        text: (p.firstEvidence ?? null) as string | null,
        article: evidenceArticles[0] ?? articles[0] ?? null,
        articleTitle: first(p.evidenceTitle),
        articleSource: first(p.evidenceSource),
        articleDate: first(p.evidenceDate),
        articles,
        count: typeof p.count === "number" ? p.count : 0,
        confidence: typeof p.confidence === "number" ? p.confidence : null,
      },
    ];
  });
}

export const writePlover: ExportWriter = (subgraph) => ({
  contentType: "application/x-ndjson; charset=utf-8",
  extension: "jsonl",
  body:
    ploverRecords(subgraph)
      .map((r) => JSON.stringify(r))
      .join("\n") + "\n",
});
