import { Node, Relationship } from "neo4j-driver";
import { RelationIdentity } from "../../domain";
import { RelationDetail } from "../../domain/api";
import { Db, relationStatement, toGraphEdge, toGraphNode, toPlain } from "../../storage";
import { ArticleInfo, evidenceOf, newestFirst } from "./entity-repository";

export async function readRelation(db: Db, key: RelationIdentity): Promise<RelationDetail | undefined> {
  return db.read(async (tx) => {
    const row = (
      await tx.run(relationStatement(key.type), { source: key.source, target: key.target, negated: key.negated })
    ).records[0];
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
