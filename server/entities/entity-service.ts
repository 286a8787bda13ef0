import { notFound } from "../http";
import { Db } from "../../storage";
import { EntityDetail } from "../../domain/api";
import { readEntity } from "./entity-repository";

export async function getEntity(
  db: Db,
  id: string,
  relationLimit: number,
  includeRejected = false,
): Promise<EntityDetail> {
  const entity = await readEntity(db, id, relationLimit, includeRejected);
  if (!entity) throw notFound(`no entity with id ${id}`);
  return entity;
}
