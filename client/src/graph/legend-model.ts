import {
  ENTITY_LABELS,
  RELATION_CATEGORIES,
  RELATION_CATEGORY,
  RELATION_TYPES,
  type RelationCategory,
  type RelationType,
} from "../../../domain";
import type { Appearance } from "./appearance";
import { countLoaded } from "./counts";
import type { SizeMetric } from "./metrics";
import { summariseCommunities } from "./metrics";
import {
  CATEGORY_COLORS,
  CATEGORY_LABELS,
  COMMUNITY_PALETTE,
  LABEL_COLORS,
  LABEL_NAMES,
  OTHER_COMMUNITY_COLOR,
  RELATION_COLORS,
  communityColor,
  relationLabel,
  type ColorMode,
} from "./styling";
import type { ExplorerGraph } from "./types";

export interface LegendSwatch {
  color: string;
  text: string;
  count: number;
}

export interface LegendModel {
  /** What node colour means in this mode. */
  colourMeaning: string;
  nodes: LegendSwatch[];
  sizeMeaning: string;
  relations: {
    category: RelationCategory;
    color: string;
    text: string;
    types: (LegendSwatch & { type: RelationType })[];
  }[];
}

const SIZE_MEANING: Record<SizeMetric, string> = {
  degree: "Size = number of relations (degree)",
  pagerank: "Size = PageRank (how central, counting who links in)",
};

/**
 * One legend for the current mode, shared by the sidebar and the PNG export: what colour and size mean,
 * each entity type or community with its count, and each relation category with a key for its types
 * (only the types the loaded graph holds).
 */
export function legendModel(
  graph: ExplorerGraph,
  appearance: Appearance,
  colorMode: ColorMode,
  sizeMetric: SizeMetric,
  visible?: ReadonlySet<string>,
): LegendModel {
  const counts = countLoaded(graph);
  let nodes: LegendSwatch[];
  let colourMeaning: string;
  if (colorMode === "community") {
    const communities = summariseCommunities(graph, appearance.community ?? new Map(), appearance.centrality, visible);
    const named = communities.filter((c) => c.community < COMMUNITY_PALETTE.length);
    const rest = communities.filter((c) => c.community >= COMMUNITY_PALETTE.length);
    colourMeaning = `Colour = community (Louvain): ${communities.length} found`;
    nodes = named.map((c) => ({
      color: communityColor(c.community),
      text: `${c.size} · ${c.examples.join(", ")}`,
      count: c.size,
    }));
    if (rest.length > 0) {
      const size = rest.reduce((n, c) => n + c.size, 0);
      nodes.push({
        color: OTHER_COMMUNITY_COLOR,
        text: `${rest.length} smaller communities · ${size} nodes`,
        count: size,
      });
    }
  } else {
    colourMeaning = "Colour = entity type";
    nodes = ENTITY_LABELS.map((label) => ({
      color: LABEL_COLORS[label],
      text: LABEL_NAMES[label],
      count: counts.labels[label] ?? 0,
    }));
  }
  const relations = RELATION_CATEGORIES.filter((c) => c !== "provenance").map((category) => ({
    category,
    color: CATEGORY_COLORS[category],
    text: CATEGORY_LABELS[category],
    types: RELATION_TYPES.filter((t) => RELATION_CATEGORY[t] === category && (counts.types[t] ?? 0) > 0).map(
      (type) => ({
        type,
        color: RELATION_COLORS[type],
        text: relationLabel(type),
        count: counts.types[type] ?? 0,
      }),
    ),
  }));
  return { colourMeaning, nodes, sizeMeaning: SIZE_MEANING[sizeMetric], relations };
}
