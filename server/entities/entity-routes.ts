import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { serveEndpoint } from "../http";
import { getEntity } from "./entity-service";
import { getRelation } from "./relation-service";

/** Entities and the relations between them. */
export function entitiesRouter({ db }: AppContext): Router {
  const router = Router();
  serveEndpoint(router, ENDPOINTS.entity, [], ({ params: { id }, query: { limit, includeRejected } }) =>
    getEntity(db, id, limit, includeRejected),
  );
  serveEndpoint(router, ENDPOINTS.relation, [], ({ params: { id } }) => getRelation(db, id));
  return router;
}
