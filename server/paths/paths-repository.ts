import { GraphPayload } from "../../domain";
import { CypherFilters } from "../graph";
import { Db, GraphCollector, toGraphNode } from "../../storage";

export interface PathQuery {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
}

/*
 * SHORTEST k and the quantifier bounds only take literals; both are integers the route validated
 * (1..20 and 1..6), and the relation types come from the domain list. The filters sit inside the
 * quantified pattern so they choose which paths count before the shortest are picked, not after.
 */
function pathsQuery(f: CypherFilters, q: PathQuery): string {
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${q.limit} (a)(()-[r${f.typePattern}]-(x:Entity) WHERE ${f.relation("r")} AND ${f.node("x")}){1,${q.maxLength}}(b)
RETURN p ORDER BY length(p)`;
}

export interface PathsResult extends GraphPayload {
  paths: string[][];
  missing: string[];
}

export async function readPaths(db: Db, filters: CypherFilters, q: PathQuery): Promise<PathsResult> {
  return db.read(async (tx) => {
    const ends = await tx.run("MATCH (n:Entity) WHERE n.id IN [$from, $to] RETURN n", { from: q.from, to: q.to });
    const found = new Set(ends.records.map((r) => toGraphNode(r.get("n"))?.id));
    const missing = [q.from, q.to].filter((id) => !found.has(id));
    if (missing.length > 0) return { nodes: [], edges: [], paths: [], missing };
    const result = await tx.run(pathsQuery(filters, q), { ...filters.params, from: q.from, to: q.to });
    const collector = new GraphCollector();
    const paths = result.records.map((record) => {
      const path = record.get("p");
      collector.add(path);
      return [path.start, ...path.segments.map((s: { end: unknown }) => s.end)].map((n) => String((n as { properties: { id: string } }).properties.id));
    });
    return { ...collector.payload(), paths, missing };
  });
}
