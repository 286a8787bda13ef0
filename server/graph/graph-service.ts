import { GraphPayload } from "../../domain";
import { GraphFilterQuery, Stats } from "../../domain/api";
import { notFound } from "../http";
import { Db, buildFilters } from "../../storage";
import { NeighbourQuery, readNeighbours } from "./neighbours-repository";
import { readOverview } from "./overview-repository";
import { readStats } from "./stats-repository";

export function getStats(db: Db): Promise<Stats> {
  return readStats(db);
}

export function getOverview(db: Db, filters: GraphFilterQuery, limit: number): Promise<GraphPayload> {
  const narrowsRelations = Boolean(
    filters.types?.length || filters.article || filters.source || filters.from || filters.to,
  );
  return readOverview(db, buildFilters(filters), limit, !narrowsRelations);
}

export async function getNeighbours(db: Db, filters: GraphFilterQuery, query: NeighbourQuery): Promise<GraphPayload> {
  const result = await readNeighbours(db, buildFilters(filters), query);
  const seeds = result.nodes.filter((n) => query.ids.includes(n.id));
  if (seeds.length === 0) throw notFound(`no entity with id ${query.ids.join(", ")}`);
  return { nodes: result.nodes, edges: result.edges, more: result.more };
}
