import { Node, Relationship } from "neo4j-driver";
import { GraphEdge, GraphNode, RelationIdentity } from "../../domain";
import { Db, relationStatement, toGraphEdge, toGraphNode, toPlain } from "../../storage";
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

export async function readRelation(db: Db, key: RelationIdentity): Promise<RelationDetail | undefined> {
  return db.read(async (tx) => {
    const row = (await tx.run(relationStatement(key.type), { source: key.source, target: key.target, negated: key.negated })).records[0];
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
