import { RELATION_CATEGORY, RELATION_TYPES } from "../../domain";
import {
  CATEGORY_COLORS,
  COMMUNITY_PALETTE,
  LABEL_COLORS,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  OTHER_COMMUNITY_COLOR,
  edgeColor,
  nodeColor,
  relationLabel,
  scaleSize,
} from "../../client/src/graph";

describe("styling rules", () => {
  it("gives every relation type its own shade of its category's hue: green for cooperation, red for conflict", () => {
    expect(new Set(RELATION_TYPES.map(edgeColor)).size).toBe(RELATION_TYPES.length);
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return { greenest: g >= r && g >= b, reddest: r >= g && r >= b };
    };
    for (const type of RELATION_TYPES) {
      if (RELATION_CATEGORY[type] === "cooperation") expect(hue(edgeColor(type)).greenest).toBe(true);
      if (RELATION_CATEGORY[type] === "conflict") expect(hue(edgeColor(type)).reddest).toBe(true);
    }
    expect(edgeColor("BACKS")).toBe(CATEGORY_COLORS.cooperation);
    expect(edgeColor("ATTACKED")).toBe(CATEGORY_COLORS.conflict);
  });

  it("gives each entity label its own colour", () => {
    expect(new Set(Object.values(LABEL_COLORS)).size).toBe(Object.keys(LABEL_COLORS).length);
    expect(nodeColor("State", undefined, "label")).toBe(LABEL_COLORS.State);
  });

  it("colours the largest communities apart from every entity type, the rest alike, and falls back to the type before Louvain ran", () => {
    expect(nodeColor("State", 1, "community")).toBe(COMMUNITY_PALETTE[1]);
    expect(nodeColor("State", COMMUNITY_PALETTE.length, "community")).toBe(OTHER_COMMUNITY_COLOR);
    expect(nodeColor("State", undefined, "community")).toBe(LABEL_COLORS.State);
    const typeColours = new Set(Object.values(LABEL_COLORS));
    expect([...COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR].filter((c) => typeColours.has(c))).toEqual([]);
    expect(new Set(COMMUNITY_PALETTE).size).toBe(COMMUNITY_PALETTE.length);
  });

  it("sizes nodes between the bounds, growing with centrality", () => {
    expect(scaleSize(0, 10)).toBe(MIN_NODE_SIZE);
    expect(scaleSize(10, 10)).toBe(MAX_NODE_SIZE);
    expect(scaleSize(2, 10)).toBeLessThan(scaleSize(5, 10));
    expect(scaleSize(3, 0)).toBe(MIN_NODE_SIZE);
  });

  it("spells relation types the way people read them", () => {
    expect(relationLabel("NEGOTIATED_WITH")).toBe("negotiated with");
  });
});
