import { RELATION_CATEGORY, RELATION_TYPES } from "../../domain";
import { CATEGORY_COLORS, COMMUNITY_PALETTE, LABEL_COLORS, MAX_NODE_SIZE, MIN_NODE_SIZE, edgeColor, nodeColor, relationLabel, scaleSize } from "../../client/src/graph";

describe("styling rules", () => {
  it("tells cooperation from conflict by colour for every relation type", () => {
    for (const type of RELATION_TYPES) expect(edgeColor(type)).toBe(CATEGORY_COLORS[RELATION_CATEGORY[type]]);
    expect(edgeColor("BACKS")).toBe(edgeColor("AGREED_WITH"));
    expect(edgeColor("ATTACKED")).toBe(edgeColor("SANCTIONED"));
    expect(edgeColor("BACKS")).not.toBe(edgeColor("ATTACKED"));
  });

  it("gives each entity label its own colour", () => {
    expect(new Set(Object.values(LABEL_COLORS)).size).toBe(Object.keys(LABEL_COLORS).length);
    expect(nodeColor({ nodeLabel: "State" }, "label")).toBe(LABEL_COLORS.State);
  });

  it("colours by community when asked, falling back to the label before Louvain ran", () => {
    expect(nodeColor({ nodeLabel: "State", community: 1 }, "community")).toBe(COMMUNITY_PALETTE[1]);
    expect(nodeColor({ nodeLabel: "State", community: COMMUNITY_PALETTE.length }, "community")).toBe(COMMUNITY_PALETTE[0]);
    expect(nodeColor({ nodeLabel: "State" }, "community")).toBe(LABEL_COLORS.State);
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
