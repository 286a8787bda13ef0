import { Node, Relationship } from "neo4j-driver";
import { toPlain } from "../../storage";
import { FACT_RELATION_TYPES, GraphEdge, GraphNode, RelationType } from "../../domain";
import { Db, toGraphEdge, toGraphNode } from "../../storage";
import { ArticleInfo, EvidenceItem, evidenceOf, newestFirst } from "./entity-repository";

/** One relation as its panel shows it: both ends and every piece of evidence, with the articles behind it. */
export interface RelationDetail {
  edge: GraphEdge;
  source: GraphNode;
  target: GraphNode;
  /** Every evidence item, newest first. */
  evidence: EvidenceItem[];
  articles: number;
  /** Distinct outlets among those articles, sorted. */
  outlets: string[];
  /** Reported by one outlet (or none known) only. */
  singleSource: boolean;
}

/** The parts of an API relation id: `source|TYPE|target`, with `|negated` for a negated relation. */
export interface RelationKey {
  source: string;
  type: RelationType;
  target: string;
  negated: boolean;
}

/**
 * Splits an id at its relation type, so entity ids holding a `|` still parse; undefined when no fact
 * relation type sits between two non-empty ends.
 */
export function parseRelationId(id: string): RelationKey | undefined {
  const parts = id.split("|");
  const negated = parts.length > 3 && parts[parts.length - 1] === "negated";
  if (negated) parts.pop();
  for (let i = 1; i < parts.length - 1; i++) {
    if (!(FACT_RELATION_TYPES as readonly string[]).includes(parts[i])) continue;
    const type = parts[i] as RelationType;
    const source = parts.slice(0, i).join("|");
    const target = parts.slice(i + 1).join("|");
    if (source && target) return { source, type, target, negated };
  }
  return undefined;
}

/** The relation type comes from the domain's fixed list (checked by parseRelationId), never from the caller's text. */
function relationQuery(type: RelationType): string {
  return `
MATCH (a:Entity {id: $source})-[r:${type}]->(b:Entity {id: $target})
WHERE coalesce(r.negated, false) = $negated
WITH a, r, b LIMIT 1
CALL (r) {
  UNWIND coalesce(r.articles, []) AS articleId
  MATCH (x:Article {id: articleId})
  RETURN collect({id: x.id, title: x.title, source: x.source, date: x.date}) AS sources
}
RETURN a, r, b, sources`;
}

export async function readRelation(db: Db, key: RelationKey): Promise<RelationDetail | undefined> {
  return db.read(async (tx) => {
    const row = (await tx.run(relationQuery(key.type), { source: key.source, target: key.target, negated: key.negated })).records[0];
    if (!row) return undefined;
    const source = toGraphNode(row.get("a") as Node);
    const target = toGraphNode(row.get("b") as Node);
    const rel = row.get("r") as Relationship;
    const edge = source && target ? toGraphEdge(rel, source.id, target.id) : undefined;
    if (!source || !target || !edge) return undefined;
    const sources = toPlain(row.get("sources")) as ArticleInfo[];
    const outlets = [...new Set(sources.map((s) => s.source).filter((s): s is string => Boolean(s)))].sort();
    return {
      edge,
      source,
      target,
      evidence: newestFirst(evidenceOf(rel, new Map(sources.map((s) => [s.id, s])))),
      articles: sources.length,
      outlets,
      singleSource: outlets.length <= 1,
    };
  });
}
