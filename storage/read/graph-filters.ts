import { FACT_RELATION_TYPES, RELATION_PROPERTY, type EntityLabel, type RelationType } from "../../domain";

/** A Cypher condition: relation `v` is not rejected. A rejected relation stays stored (domain/decisions.ts); reads show it only when asked. */
export function notRejected(v: string): string {
  return `coalesce(${v}.${RELATION_PROPERTY.rejected}, false) = false`;
}

/** What the graph endpoints may narrow the graph by (docs/api.md). */
export interface GraphFilter {
  labels?: EntityLabel[];
  types?: RelationType[];
  article?: string;
  source?: string;
  from?: string;
  to?: string;
  /** Rejected relations too (domain/decisions.ts); hidden when not set. */
  includeRejected?: boolean;
}

/** Filters turned into Cypher conditions over fixed variable names, with their values as parameters. */
export interface CypherFilters {
  /** Relation types to traverse, each from the domain list (safe to place in a pattern). */
  types: RelationType[];
  /** `:A|B|C` for a relationship pattern. */
  typePattern: string;
  node(variable: string): string;
  relation(variable: string): string;
  /**
   * Whether node() and relation() can only be true, rejected relations aside: queries may then use
   * Neo4j's degree counts, as long as no relation is rejected (see `includeRejected`).
   */
  trivial: boolean;
  /** Whether relation() lets rejected relations through. */
  includeRejected: boolean;
  params: Record<string, unknown>;
}

/*
 * Dates are partial (2024, 2024-01, 2024-01-10) and compared as strings: a value `v` covers [v, v + "~"]
 * ("~" sorts after digits and "-"), so "2024" overlaps a filter from 2024-03 and "2024-01-15" lies before "2024-01~".
 */
const UPPER = "~";

export function buildFilters(query: GraphFilter): CypherFilters {
  const types = query.types?.length ? query.types : FACT_RELATION_TYPES;
  const params: Record<string, unknown> = {
    filterLabels: query.labels ?? null,
    filterArticle: query.article ?? null,
    filterSource: query.source ?? null,
    filterFrom: query.from ?? null,
    filterTo: query.to ? query.to + UPPER : null,
  };
  const datesGiven = query.from !== undefined || query.to !== undefined;
  return {
    types,
    typePattern: `:${types.join("|")}`,
    params,
    trivial: !query.labels?.length && !datesGiven && !query.article && !query.source,
    includeRejected: Boolean(query.includeRejected),
    node(v) {
      const conditions = [`($filterLabels IS NULL OR any(l IN labels(${v}) WHERE l IN $filterLabels))`];
      if (datesGiven) {
        conditions.push(
          `(NOT ${v}:Event OR ${v}.date IS NULL OR (($filterFrom IS NULL OR ${v}.date + '${UPPER}' >= $filterFrom) AND ($filterTo IS NULL OR ${v}.date <= $filterTo)))`,
        );
      }
      return conditions.join(" AND ");
    },
    relation(v) {
      const conditions = query.includeRejected ? ["true"] : [notRejected(v)];
      if (query.article) conditions.push(`$filterArticle IN ${v}.articles`);
      if (query.source)
        conditions.push(`EXISTS { MATCH (fa:Article) WHERE fa.id IN ${v}.articles AND fa.source = $filterSource }`);
      if (query.from) conditions.push(`coalesce(${v}.date, ${v}.lastSeen) + '${UPPER}' >= $filterFrom`);
      if (query.to) conditions.push(`coalesce(${v}.date, ${v}.firstSeen) <= $filterTo`);
      return conditions.join(" AND ");
    },
  };
}
