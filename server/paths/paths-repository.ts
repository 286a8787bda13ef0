import { GraphPayload } from "../../domain";
import { CypherFilters, Db, GraphCollector, PATH_ENDS, pathsStatement, toGraphNode } from "../../storage";

export interface PathQuery {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
}

export interface PathsResult extends GraphPayload {
  paths: string[][];
  missing: string[];
}

export async function readPaths(db: Db, filters: CypherFilters, q: PathQuery): Promise<PathsResult> {
  return db.read(async (tx) => {
    const ends = await tx.run(PATH_ENDS, { from: q.from, to: q.to });
    const found = new Set(ends.records.map((r) => toGraphNode(r.get("n"))?.id));
    const missing = [q.from, q.to].filter((id) => !found.has(id));
    if (missing.length > 0) return { nodes: [], edges: [], paths: [], missing };
    const result = await tx.run(pathsStatement(filters, q.limit, q.maxLength), {
      ...filters.params,
      from: q.from,
      to: q.to,
    });
    const collector = new GraphCollector();
    const paths = result.records.map((record) => {
      const path = record.get("p");
      collector.add(path);
      return [path.start, ...path.segments.map((s: { end: unknown }) => s.end)].map((n) =>
        String((n as { properties: { id: string } }).properties.id),
      );
    });
    return { ...collector.payload(), paths, missing };
  });
}
