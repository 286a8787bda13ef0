import { ENTITY_LABELS, RELATION_CATEGORIES, RELATION_CATEGORY, RELATION_TYPES } from "../../../domain";
import { CATEGORY_COLORS, CATEGORY_LABELS, COMMUNITY_PALETTE, LABEL_COLORS, relationLabel } from "../graph/styling";
import type { AppState, Store } from "../state";
import { el, replaceChildren } from "./dom";

/** Node colours (by label or community) and edge colours by relation category, with the types each covers. */
export function mountLegend(root: HTMLElement, store: Store<AppState>): void {
  const box = el("section", { className: "legend card", attrs: { "data-testid": "legend", "aria-label": "Legend" } });
  root.append(box);

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.colorMode === state.colorMode && previous.graphVersion === state.graphVersion) return;
    const nodes =
      state.colorMode === "label"
        ? ENTITY_LABELS.map((label) => swatch(LABEL_COLORS[label], label, "dot"))
        : [el("div", { className: "legend-row muted" }, "Colour = Louvain community"), el("div", { className: "palette" }, ...COMMUNITY_PALETTE.slice(0, 8).map((c) => el("span", { className: "dot", style: { background: c } })))];
    const edges = RELATION_CATEGORIES.filter((c) => c !== "provenance").map((category) => {
      const types = RELATION_TYPES.filter((t) => RELATION_CATEGORY[t] === category).map(relationLabel).join(", ");
      const row = swatch(CATEGORY_COLORS[category], CATEGORY_LABELS[category], "line");
      row.title = types;
      return row;
    });
    replaceChildren(box, el("h3", {}, "Nodes"), ...nodes, el("h3", {}, "Relations"), ...edges, el("div", { className: "legend-row muted small" }, "Arrow = direction · size = centrality"));
  }
  render(store.get());
  store.subscribe(render);
}

function swatch(color: string, text: string, shape: "dot" | "line"): HTMLElement {
  return el("div", { className: "legend-row" }, el("span", { className: shape, style: { background: color } }), text);
}
