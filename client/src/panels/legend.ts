import { computeVisibility, legendModel, type ExplorerGraph } from "../graph";
import type { AppState, Store } from "../state";
import { el, replaceChildren } from "./dom";

/**
 * One legend for the current mode: what node colour means (entity types, or communities with their size and
 * best-known members), what size means, and the relation colours by category with a key for each type.
 */
export function mountLegend(root: HTMLElement, store: Store<AppState>, graph: ExplorerGraph): void {
  const box = el("section", { className: "legend card", attrs: { "data-testid": "legend", "aria-label": "Legend" } });
  root.append(box);

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.colorMode === state.colorMode &&
      previous.sizeMetric === state.sizeMetric &&
      previous.appearance === state.appearance &&
      previous.filters === state.filters &&
      previous.hidden === state.hidden
    )
      return;
    const visible =
      state.colorMode === "community"
        ? computeVisibility(graph, state.filters, new Set(state.hidden)).nodes
        : undefined;
    const model = legendModel(graph, state.appearance, state.colorMode, state.sizeMetric, visible);
    replaceChildren(
      box,
      el("h3", {}, "Nodes"),
      el(
        "div",
        { className: "legend-row muted small", attrs: { "data-testid": "legend-colour" } },
        model.colourMeaning,
      ),
      ...model.nodes.map((n) =>
        el(
          "div",
          { className: "legend-row", attrs: { "data-testid": "legend-node" } },
          el("span", { className: "dot", style: { background: n.color } }),
          el("span", { className: "legend-text" }, n.text),
          state.colorMode === "label" ? el("span", { className: "count" }, String(n.count)) : null,
        ),
      ),
      el("div", { className: "legend-row muted small", attrs: { "data-testid": "legend-size" } }, model.sizeMeaning),
      el("h3", {}, "Relations"),
      ...model.relations.map((category) =>
        el(
          "details",
          { className: "legend-category", attrs: { "data-testid": `legend-category-${category.category}` } },
          el(
            "summary",
            { className: "legend-row" },
            el("span", { className: "line", style: { background: category.color } }),
            category.text,
            el("span", { className: "count" }, String(category.types.reduce((n, t) => n + t.count, 0))),
          ),
          ...(category.types.length === 0
            ? [el("div", { className: "legend-row muted small legend-type" }, "none loaded")]
            : category.types.map((t) =>
                el(
                  "div",
                  { className: "legend-row legend-type", attrs: { "data-testid": "legend-type" } },
                  el("span", { className: "line", style: { background: t.color } }),
                  t.text,
                  el("span", { className: "count" }, String(t.count)),
                ),
              )),
        ),
      ),
      el("div", { className: "legend-row muted small" }, "Arrow = direction; thicker = reported more often"),
    );
  }
  render(store.get());
  store.subscribe(render);
}
