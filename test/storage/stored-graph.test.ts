import { Driver } from "neo4j-driver";
import { z } from "zod";
import {
  ENTITY_LABEL,
  EVENT_KINDS,
  Extraction,
  GraphEdgePropertiesSchema,
  GraphRelationPropertiesSchema,
  NodeLabel,
  PARTICIPANT_ROLES,
  RelationType,
  StoredArticlePropertiesSchema,
  StoredEntityPropertiesSchema,
  StoredMentionPropertiesSchema,
  StoredRelationPropertiesSchema,
  connects,
} from "../../domain";
import { writeExtraction } from "../../ingest/load";
import { GraphCollector, domainLabel, retractArticle, toPlain } from "../../storage";
import { buildExtraction } from "../e2e/fixtures/extraction";
import { ARTICLES, newsGraph } from "../server/fixtures/news-graph";
import { resetDatabase, testDriver } from "../support/database";

/* What the writer stores must be what domain/stored-graph.ts says, property for property: no more, no less. */
const strict = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => z.strictObject(schema.shape);

interface StoredNode {
  labels: string[];
  properties: Record<string, unknown>;
}

interface StoredRelation {
  type: RelationType;
  properties: Record<string, unknown>;
  source: string[];
  target: string[];
}

async function storedGraph(driver: Driver): Promise<{ nodes: StoredNode[]; relations: StoredRelation[] }> {
  const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties");
  const relations = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS properties, labels(a) AS source, labels(b) AS target",
  );
  return {
    nodes: nodes.records.map((r) => toPlain(r.toObject()) as StoredNode),
    relations: relations.records.map((r) => toPlain(r.toObject()) as StoredRelation),
  };
}

function label(labels: string[]): NodeLabel {
  const found = domainLabel(labels);
  if (!found) throw new Error(`no domain label among ${labels.join(", ")}`);
  return found;
}

function checkGraph(graph: { nodes: StoredNode[]; relations: StoredRelation[] }): void {
  expect(graph.nodes.length).toBeGreaterThan(0);
  for (const node of graph.nodes) {
    if (node.labels.includes(ENTITY_LABEL)) {
      strict(StoredEntityPropertiesSchema).parse(node.properties);
      if (node.labels.includes("Event") && node.properties.kind !== undefined)
        expect(EVENT_KINDS).toContain(node.properties.kind);
    } else {
      expect(node.labels).toEqual(["Article"]);
      strict(StoredArticlePropertiesSchema).parse(node.properties);
    }
  }
  expect(graph.relations.length).toBeGreaterThan(0);
  for (const relation of graph.relations) {
    const schema = relation.type === "MENTIONED_IN" ? StoredMentionPropertiesSchema : StoredRelationPropertiesSchema;
    strict(schema as z.ZodObject<z.ZodRawShape>).parse(relation.properties);
    const [source, target] = [label(relation.source), label(relation.target)];
    if (!connects(relation.type, source, target))
      throw new Error(`${relation.type} may not join ${source} to ${target}`);
    if (relation.type === "PARTICIPATED_IN" && relation.properties.role !== undefined)
      expect(PARTICIPANT_ROLES).toContain(relation.properties.role);
  }
}

describe("the stored graph", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it.each<[string, () => Extraction]>([
    ["the server fixture", newsGraph],
    ["the explorer fixture", buildExtraction],
  ])("matches domain/stored-graph.ts for %s", async (_name, extraction) => {
    await resetDatabase(driver);
    await writeExtraction(driver, "neo4j", extraction());
    checkGraph(await storedGraph(driver));
  });

  it.each([false, true])(
    "hands fact relations to the API with every property GraphRelationPropertiesSchema requires (for export: %s)",
    async (forExport) => {
      await resetDatabase(driver);
      await writeExtraction(driver, "neo4j", buildExtraction());
      const all = await driver.executeQuery("MATCH (a)-[r]->(b) RETURN a, r, b");
      const { edges } = new GraphCollector({ forExport }).add(all.records.map((r) => r.toObject())).payload();
      expect(edges.length).toBe(all.records.length);
      for (const edge of edges)
        (edge.type === "MENTIONED_IN" ? StoredMentionPropertiesSchema.loose() : GraphRelationPropertiesSchema).parse(
          edge.properties,
        );
      for (const edge of edges) GraphEdgePropertiesSchema.parse(edge.properties);
    },
  );

  it("still matches it once an article is retracted", async () => {
    await resetDatabase(driver);
    await writeExtraction(driver, "neo4j", newsGraph());
    await retractArticle(driver, "neo4j", ARTICLES.sanctions);
    checkGraph(await storedGraph(driver));
  });
});
