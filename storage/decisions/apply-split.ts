import neo4j, { type ManagedTransaction } from "neo4j-driver";
import {
  type DecisionOf,
  EVIDENCE_LIST_PROPERTIES,
  type RelationType,
  isEntityLabel,
  isRelationType,
  isSymmetric,
  namesOnlyAlias,
  sameName,
} from "../../domain";
import { aliasTextOf } from "../schema";
import { REFRESH_ENTITIES } from "../write/write-statements";
import { appendEvidence } from "./merge-statements";

/*
 * A split in the graph: the alias leaves the entity's aliases; the entity's mentions written as the alias,
 * and the evidence of its relations whose sentence names the alias and none of its other names, go to the
 * new entity (a relation may so become two). Running it again moves nothing more, so an ingest can.
 */

const READ_ENTITY = "MATCH (e:Entity {id: $entity}) RETURN e.name AS name, coalesce(e.aliases, []) AS aliases";

function createNewEntity(label: string): string {
  if (!isEntityLabel(label)) throw new Error(`split: label not in the domain model, ${label}`);
  return `
MERGE (n:Entity {id: $newEntity})
ON CREATE SET n:${label}, n.name = $name, n.aliases = $aliases, n.mentions = 0,
              n.aliasText = ${aliasTextOf("$aliases")}`;
}

const SET_ALIASES = `
MATCH (e:Entity {id: $entity})
SET e.aliases = $aliases,
    e.aliasText = ${aliasTextOf("$aliases")}`;

const READ_MENTIONS = `
MATCH (:Entity {id: $entity})-[m:MENTIONED_IN]->(x:Article)
RETURN x.id AS article, m.starts AS starts, m.ends AS ends,
       [i IN range(0, size(m.starts) - 1) | substring(coalesce(x.text, ''), m.starts[i], m.ends[i] - m.starts[i])] AS texts`;

const KEEP_MENTIONS = `
MATCH (:Entity {id: $entity})-[m:MENTIONED_IN]->(:Article {id: $article})
SET m.count = toFloat(size($starts)), m.starts = $starts, m.ends = $ends
WITH m WHERE size($starts) = 0
DELETE m`;

/** In text order, as the writer stores them; counts are floats, as the writer's are (it passes plain numbers). */
const ADD_MENTIONS = `
MATCH (n:Entity {id: $newEntity}), (x:Article {id: $article})
MERGE (n)-[m:MENTIONED_IN]->(x)
ON CREATE SET m.count = 0.0, m.starts = [], m.ends = []
WITH m, [i IN range(0, size(m.starts) - 1) | [m.starts[i], m.ends[i]]] + $spans AS spans
UNWIND spans AS span
WITH m, span ORDER BY span[0], span[1]
WITH m, collect(span) AS spans
SET m.count = toFloat(size(spans)), m.starts = [s IN spans | s[0]], m.ends = [s IN spans | s[1]]`;

const READ_RELATIONS = `
MATCH (e:Entity {id: $entity})-[r]-(o:Entity)
WHERE type(r) <> 'MENTIONED_IN' AND o.id <> $newEntity
RETURN elementId(r) AS rid, type(r) AS type, startNode(r) = e AS out, o.id AS other, properties(r) AS props`;

const KEEP_EVIDENCE = `
MATCH ()-[r]->() WHERE elementId(r) = $rid
SET r += $kept
WITH r WHERE r.count = 0 AND NOT coalesce(r.manual, false)
DELETE r`;

/** What a relation's moved evidence makes, joined to the relation the new entity may have already. */
function addEvidence(type: RelationType): string {
  if (!isRelationType(type) || type === "MENTIONED_IN") throw new Error(`split: not a fact relation type, ${type}`);
  return `
MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
MERGE (s)-[r:${type} {negated: $props.negated}]->(t)
ON CREATE SET r = $props
ON MATCH SET ${appendEvidence("r", "$props")}
RETURN elementId(r) AS rid`;
}

const REFRESH_RELATION_DATES = `
MATCH ()-[r]->() WHERE elementId(r) IN $rids
CALL (r) {
  UNWIND r.articles AS articleId
  MATCH (x:Article {id: articleId})
  RETURN min(x.date) AS first, max(x.date) AS last
}
SET r.firstSeen = first, r.lastSeen = last`;

/** Decisions on the old relation (reject, confirm, add) name it by its key: the new one starts without them. */
const DECISION_FLAGS = [
  "rejected",
  "rejectedBy",
  "rejectedAt",
  "confirmed",
  "manual",
  "manualNote",
  "manualBy",
  "manualAt",
  "manualEvidence",
];

type Props = Record<string, unknown>;

const pick = (list: unknown, indexes: number[]) => indexes.map((i) => (list as unknown[])[i]);
const distinct = (values: unknown[]) => [...new Set(values)];

/** A relation's evidence lists cut to the items at these indexes, count and articles to match. */
function evidenceAt(props: Props, indexes: number[]): Props {
  const lists = Object.fromEntries(EVIDENCE_LIST_PROPERTIES.map((p) => [p, pick(props[p] ?? [], indexes)]));
  const articles = new Set(lists.evidenceArticle);
  return {
    ...lists,
    count: neo4j.int(indexes.length),
    articles: ((props.articles as string[] | undefined) ?? []).filter((a) => articles.has(a)),
  };
}

/** The relation's evidence items stated through the alias only. */
function movedEvidence(props: Props, alias: string, otherNames: string[]): number[] {
  const sentences = (props.evidenceSentence as string[] | undefined) ?? [];
  return sentences.flatMap((s, i) => (namesOnlyAlias(s, alias, otherNames) ? [i] : []));
}

async function moveMentions(tx: ManagedTransaction, d: DecisionOf<"split">): Promise<boolean> {
  let moved = false;
  for (const row of (await tx.run(READ_MENTIONS, { entity: d.entity })).records) {
    const texts: string[] = row.get("texts");
    const starts: unknown[] = row.get("starts");
    const ends: unknown[] = row.get("ends");
    const go = texts.flatMap((t, i) => (sameName(t, d.alias) ? [i] : []));
    if (!go.length) continue;
    const stay = texts.flatMap((_t, i) => (go.includes(i) ? [] : [i]));
    const article = row.get("article");
    await tx.run(KEEP_MENTIONS, { entity: d.entity, article, starts: pick(starts, stay), ends: pick(ends, stay) });
    const spans = go.map((i) => [starts[i], ends[i]]);
    await tx.run(ADD_MENTIONS, { newEntity: d.newEntity, article, spans });
    moved = true;
  }
  return moved;
}

async function moveRelations(tx: ManagedTransaction, d: DecisionOf<"split">, otherNames: string[]): Promise<void> {
  const touched: string[] = [];
  for (const row of (await tx.run(READ_RELATIONS, { entity: d.entity, newEntity: d.newEntity })).records) {
    const props: Props = row.get("props");
    const go = movedEvidence(props, d.alias, otherNames);
    if (!go.length) continue;
    const all = ((props.evidenceSentence as unknown[] | undefined) ?? []).map((_s, i) => i);
    const type: RelationType = row.get("type");
    const other: string = row.get("other");
    let [source, target] = row.get("out") ? [d.newEntity, other] : [other, d.newEntity];
    if (isSymmetric(type) && source > target) [source, target] = [target, source];
    const carried = Object.fromEntries(Object.entries(props).filter(([k]) => !DECISION_FLAGS.includes(k)));
    const added = await tx.run(addEvidence(type), {
      source,
      target,
      props: { ...carried, ...evidenceAt(props, go) },
    });
    await tx.run(KEEP_EVIDENCE, {
      rid: row.get("rid"),
      kept: evidenceAt(
        props,
        all.filter((i) => !go.includes(i)),
      ),
    });
    touched.push(row.get("rid"), added.records[0].get("rid"));
  }
  if (touched.length) await tx.run(REFRESH_RELATION_DATES, { rids: distinct(touched) });
}

export async function applySplit(tx: ManagedTransaction, d: DecisionOf<"split">): Promise<void> {
  const found = (await tx.run(READ_ENTITY, { entity: d.entity })).records[0];
  if (!found) return;
  const aliases: string[] = found.get("aliases");
  const kept = aliases.filter((a) => !sameName(a, d.alias));
  await tx.run(createNewEntity(d.label), {
    newEntity: d.newEntity,
    name: d.name,
    aliases: distinct([d.alias, d.name]).sort(),
  });
  if (kept.length < aliases.length) await tx.run(SET_ALIASES, { entity: d.entity, aliases: kept });
  const otherNames = distinct([found.get("name"), ...kept]) as string[];
  if (await moveMentions(tx, d)) await tx.run(REFRESH_ENTITIES, { ids: [d.entity, d.newEntity] });
  await moveRelations(tx, d, otherNames);
}
