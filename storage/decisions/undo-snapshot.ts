import neo4j, { type Integer, type ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABELS, type EntityLabel, isEntityLabel, isRelationType } from "../../domain";

/*
 * What undoing a merge restores: the two entities as they were, with every relationship either had,
 * property by property. Kept as JSON on the Decision node; 64-bit integers are tagged so they come back
 * as integers (a count written back as a float would not be the graph it was).
 */

type StoredValue = string | number | boolean | null | { int: string } | StoredValue[];

interface NodeSnapshot {
  labels: EntityLabel[];
  props: Record<string, StoredValue>;
}

interface RelationshipSnapshot {
  type: string;
  start: string;
  end: string;
  props: Record<string, StoredValue>;
}

export interface EntitySnapshot {
  ids: string[];
  nodes: NodeSnapshot[];
  relationships: RelationshipSnapshot[];
}

function encode(value: unknown): StoredValue {
  if (neo4j.isInt(value)) return { int: (value as Integer).toString() };
  if (Array.isArray(value)) return value.map(encode);
  return value as StoredValue;
}

function decode(value: StoredValue): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === "object") return neo4j.int(value.int);
  return value;
}

const encodeProps = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encode(v)]));
const decodeProps = (props: Record<string, StoredValue>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decode(v)]));

const READ_NODES = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN [l IN labels(e) WHERE l <> 'Entity'] AS labels, properties(e) AS props`;

const READ_RELATIONSHIPS = `
MATCH (e:Entity)-[r]-() WHERE e.id IN $ids
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, properties(r) AS props`;

export async function snapshotEntities(tx: ManagedTransaction, ids: string[]): Promise<EntitySnapshot> {
  const nodes = await tx.run(READ_NODES, { ids });
  const relationships = await tx.run(READ_RELATIONSHIPS, { ids });
  return {
    ids,
    nodes: nodes.records.map((r) => ({ labels: r.get("labels"), props: encodeProps(r.get("props")) })),
    relationships: relationships.records.map((r) => ({
      type: r.get("type"),
      start: r.get("start"),
      end: r.get("end"),
      props: encodeProps(r.get("props")),
    })),
  };
}

function createNode(label: EntityLabel): string {
  if (!isEntityLabel(label)) throw new Error(`undo: label not in the domain model, got ${String(label)}`);
  return `UNWIND $rows AS props CREATE (e:Entity:${label}) SET e = props`;
}

function createRelationship(type: string): string {
  if (type === "MENTIONED_IN")
    return `UNWIND $rows AS row MATCH (s:Entity {id: row.start}) MATCH (t:Article {id: row.end})
CREATE (s)-[r:MENTIONED_IN]->(t) SET r = row.props`;
  if (!isRelationType(type)) throw new Error(`undo: relation type not in the domain model, got ${type}`);
  return `UNWIND $rows AS row MATCH (s:Entity {id: row.start}) MATCH (t:Entity {id: row.end})
CREATE (s)-[r:${type}]->(t) SET r = row.props`;
}

/** Puts the entities back as the snapshot has them, replacing whatever holds their ids now. */
export async function restoreEntities(tx: ManagedTransaction, snapshot: EntitySnapshot): Promise<void> {
  await tx.run("MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e", { ids: snapshot.ids });
  for (const label of ENTITY_LABELS) {
    const rows = snapshot.nodes.filter((n) => n.labels.includes(label)).map((n) => decodeProps(n.props));
    if (rows.length) await tx.run(createNode(label), { rows });
  }
  const types = [...new Set(snapshot.relationships.map((r) => r.type))];
  for (const type of types) {
    const rows = snapshot.relationships
      .filter((r) => r.type === type)
      .map((r) => ({ start: r.start, end: r.end, props: decodeProps(r.props) }));
    await tx.run(createRelationship(type), { rows });
  }
}
