import { GraphFilterQuery } from "../graph";
import { badRequest, notFound } from "../http";
import { Db, buildFilters } from "../../storage";
import { PathQuery, PathsResult, readPaths } from "./paths-repository";

export async function findPaths(db: Db, filters: GraphFilterQuery, query: PathQuery): Promise<Omit<PathsResult, "missing">> {
  if (query.from === query.to) throw badRequest("query.to: give two different entities");
  const { missing, ...result } = await readPaths(db, buildFilters(filters), query);
  if (missing.length > 0) throw notFound(`no entity with id ${missing.join(", ")}`);
  return result;
}
