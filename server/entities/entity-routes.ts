import { Router } from "express";
import { z } from "zod";
import { AppContext } from "../context";
import { IdSchema, parseInput, queryInt } from "../http";
import { getEntity } from "./entity-service";
import { getRelation } from "./relation-service";

export const EntityParamsSchema = z.object({ id: IdSchema });
export const EntityQuerySchema = z.object({ limit: queryInt(1, 1000, 200) });
export const RelationParamsSchema = z.object({ id: IdSchema.meta({ description: "the relation's API id, source|TYPE|target (|negated), URL-encoded" }) });

/** Entities and the relations between them. */
export function entitiesRouter({ db }: AppContext): Router {
  const router = Router();
  router.get("/entities/:id", async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, "path");
    const { limit } = parseInput(EntityQuerySchema, req.query, "query");
    res.json(await getEntity(db, id, limit));
  });
  router.get("/relations/:id", async (req, res) => {
    const { id } = parseInput(RelationParamsSchema, req.params, "path");
    res.json(await getRelation(db, id));
  });
  return router;
}
