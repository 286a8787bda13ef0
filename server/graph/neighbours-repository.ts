import { GraphPayload } from "../../domain";
import { NeighbourOrder } from "../../domain/api";
import {
  CypherFilters,
  Db,
  GraphCollector,
  SEED_ENTITIES,
  neighboursStatement,
  relationsAmongStatement,
  toCypherParams,
} from "../../storage";

export interface NeighbourQuery {
  ids: string[];
  hops: 1 | 2 | 3;
  limit: number;
  offset: number;
  order: NeighbourOrder;
}

export async function readNeighbours(
  db: Db,
  filters: CypherFilters,
  q: NeighbourQuery,
): Promise<GraphPayload & { more: number; total: number }> {
  return db.read(async (tx) => {
    const seeds = await tx.run(SEED_ENTITIES, { ids: q.ids });
    const ranked = await tx.run(
      neighboursStatement(filters, q.hops, q.order),
      toCypherParams({ ...filters.params, ids: q.ids, offset: q.offset, limit: q.limit }) as Record<string, unknown>,
    );
    const collector = new GraphCollector().add(seeds.records[0].get("seeds")).add(ranked.records[0].get("page"));
    const total = ranked.records[0].get("total").toNumber();
    const among = await tx.run(relationsAmongStatement(filters), { ...filters.params, nodeIds: collector.nodeIds() });
    collector.add(among.records[0]?.get("relations") ?? []);
    const payload = collector.payload();
    const shown = payload.nodes.length - seeds.records[0].get("seeds").length;
    return { ...payload, total, more: Math.max(0, total - q.offset - shown) };
  });
}
