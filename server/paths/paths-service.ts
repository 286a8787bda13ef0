import { GraphFilterQuery, PathsResponse } from "../../domain/api";
import { badRequest, notFound } from "../http";
import { Db, buildFilters } from "../../storage";
import { PathQuery, readPaths } from "./paths-repository";

export async function findPaths(db: Db, filters: GraphFilterQuery, query: PathQuery): Promise<PathsResponse> {
  if (query.from === query.to) throw badRequest("query.to: give two different entities");
  const { missing, ...result } = await readPaths(db, buildFilters(filters), query);
  if (missing.length > 0) throw notFound(`no entity with id ${missing.join(", ")}`);
  return result;
}
