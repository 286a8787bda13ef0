import { parseRelationKey } from "../../domain";
import { badRequest, notFound } from "../http";
import { Db } from "../../storage";
import { RelationDetail } from "../../domain/api";
import { readRelation } from "./relation-repository";

export async function getRelation(db: Db, id: string): Promise<RelationDetail> {
  const key = parseRelationKey(id);
  if (!key)
    throw badRequest(
      `path.id: expected a relation id source|TYPE|target (TYPE one of the relation types), got "${id}"`,
    );
  const relation = await readRelation(db, key);
  if (!relation) throw notFound(`no relation with id ${id}`);
  return relation;
}
