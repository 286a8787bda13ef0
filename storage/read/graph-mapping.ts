import neo4j, { Node, Path, Relationship } from "neo4j-driver";
import { toPlain } from "../values";
import {
  ARTICLE_PROPERTY,
  ENTITY_PROPERTY,
  EVIDENCE_LIST_PROPERTIES,
  GraphEdge,
  GraphNode,
  NODE_LABELS,
  NodeLabel,
  isRelationType,
  relationKey,
} from "../../domain";

/** Bulky or internal properties left out of nodes handed to the explorer (the article endpoint gives the text). */
const HIDDEN_NODE_PROPERTIES = new Set<string>([ARTICLE_PROPERTY.text, ENTITY_PROPERTY.aliasText]);

export function domainLabel(labels: readonly string[]): NodeLabel | undefined {
  return NODE_LABELS.find((label) => labels.includes(label));
}

export function nodeName(label: NodeLabel, properties: Record<string, unknown>): string {
  const name = label === "Article" ? properties.title : properties.name;
  return typeof name === "string" && name ? name : String(properties.id);
}

/** Full-text data exports keep, so a recreated graph is searchable again; article text stays out of every graph. */
const EXPORTED_HIDDEN_PROPERTIES = new Set<string>([ENTITY_PROPERTY.aliasText]);

export interface NodeOptions {
  /** Keep stored properties the explorer does not need but an export must carry (aliasText). */
  forExport?: boolean;
}

/** A stored node as a GraphNode; undefined for nodes outside the domain model (no domain label or no id). */
export function toGraphNode(node: Node, options: NodeOptions = {}): GraphNode | undefined {
  const label = domainLabel(node.labels);
  const properties = toPlain(node.properties) as Record<string, unknown>;
  if (!label || typeof properties.id !== "string") return undefined;
  const hidden = (key: string) =>
    HIDDEN_NODE_PROPERTIES.has(key) && !(options.forExport && EXPORTED_HIDDEN_PROPERTIES.has(key));
  const visible = Object.fromEntries(Object.entries(properties).filter(([key]) => !hidden(key)));
  return { id: properties.id, label, name: nodeName(label, properties), properties: visible };
}

export interface EdgeOptions {
  /** Keep the evidence lists (exports need them to round-trip). */
  withEvidence?: boolean;
}

/** What a collector keeps: everything an export needs, or the explorer's lighter view. */
export interface CollectOptions {
  forExport?: boolean;
}

/** A stored relation as a GraphEdge, given the domain ids of its endpoints. */
export function toGraphEdge(
  rel: Relationship,
  source: string,
  target: string,
  options: EdgeOptions = {},
): GraphEdge | undefined {
  if (!isRelationType(rel.type)) return undefined;
  const stored = toPlain(rel.properties) as Record<string, unknown>;
  const properties: Record<string, unknown> = { ...stored };
  if (Array.isArray(stored.articles)) {
    properties.articleIds = stored.articles;
    properties.articles = stored.articles.length;
  }
  if (Array.isArray(stored.evidenceSentence) && stored.evidenceSentence.length > 0) {
    properties.firstEvidence = stored.evidenceSentence[0];
  }
  // Evidence lists stay out of graph edges; the entity endpoint and exports carry them.
  if (!options.withEvidence) for (const key of EVIDENCE_LIST_PROPERTIES) delete properties[key];
  return {
    id: relationKey({ source, type: rel.type, target, negated: stored.negated === true }),
    source,
    target,
    type: rel.type,
    properties,
  };
}

/**
 * Gathers the nodes and relations found in query results (nodes, relationships, paths, and any of them
 * nested in lists or maps) into one graph payload without duplicates.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly domainIdByElementId = new Map<string, string>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(private readonly options: CollectOptions = {}) {}

  add(value: unknown): this {
    // Most cells of a table are strings and numbers: they skip the driver's type checks below.
    if (value === null || typeof value !== "object") return this;
    if (neo4j.isNode(value as never)) this.addNode(value as Node);
    else if (neo4j.isRelationship(value as never))
      this.relationships.set((value as Relationship).elementId, value as Relationship);
    else if (neo4j.isPath(value as never)) {
      for (const segment of (value as Path).segments) {
        this.addNode(segment.start);
        this.addNode(segment.end);
        this.relationships.set(segment.relationship.elementId, segment.relationship);
      }
      this.addNode((value as Path).start);
    } else if (Array.isArray(value)) value.forEach((item) => this.add(item));
    else if (typeof value === "object" && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
      Object.values(value as Record<string, unknown>).forEach((item) => this.add(item));
    }
    return this;
  }

  private addNode(node: Node): void {
    const graphNode = toGraphNode(node, { forExport: this.options.forExport });
    if (!graphNode) return;
    this.domainIdByElementId.set(node.elementId, graphNode.id);
    if (!this.nodes.has(graphNode.id)) this.nodes.set(graphNode.id, graphNode);
  }

  /** Element ids of relationship endpoints not seen as nodes; the caller may fetch and add them. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId])
        if (!this.domainIdByElementId.has(end)) missing.add(end);
    }
    return [...missing];
  }

  nodeIds(): string[] {
    return [...this.nodes.keys()];
  }

  payload(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const edges = new Map<string, GraphEdge>();
    for (const rel of this.relationships.values()) {
      const source = this.domainIdByElementId.get(rel.startNodeElementId);
      const target = this.domainIdByElementId.get(rel.endNodeElementId);
      if (!source || !target) continue;
      const edge = toGraphEdge(rel, source, target, { withEvidence: this.options.forExport });
      if (edge) edges.set(edge.id, edge);
    }
    return { nodes: [...this.nodes.values()], edges: [...edges.values()] };
  }
}
