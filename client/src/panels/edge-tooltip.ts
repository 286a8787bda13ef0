import { edgeColor, relationLabel, type ExplorerGraph } from "../graph";
import type { AppState, Store } from "../state";
import { el, replaceChildren } from "./dom";
import { confidenceText } from "./relation-support";

/**
 * Hovering an edge: its exact type, how many reports and from which outlets, its confidence and the first
 * evidence sentence; a click opens the relation's panel with all of them.
 */
export function mountEdgeTooltip(root: HTMLElement, store: Store<AppState>, graph: ExplorerGraph): void {
  const tip = el("div", { className: "tooltip", attrs: { role: "tooltip", "data-testid": "edge-tooltip" } });
  tip.hidden = true;
  root.append(tip);

  store.subscribe((state, previous) => {
    if (state.hoveredEdge === previous.hoveredEdge) return;
    const hovered = state.hoveredEdge;
    if (!hovered || !graph.hasEdge(hovered.id)) {
      tip.hidden = true;
      return;
    }
    const attrs = graph.getEdgeAttributes(hovered.id);
    const [source, target] = graph.extremities(hovered.id);
    const count = attrs.properties.count ?? 1;
    const evidence = attrs.properties.firstEvidence ?? null;
    const ids = attrs.properties.articleIds ?? [];
    const known = new Map(state.catalogue.articles.map((a) => [a.id, a]));
    const outlets = [...new Set(ids.map((id) => known.get(id)?.source).filter((s): s is string => Boolean(s)))];
    const confidence = confidenceText(attrs.properties.confidence);
    replaceChildren(
      tip,
      el(
        "div",
        { className: "tooltip-title" },
        el("span", { className: "line", style: { background: edgeColor(attrs.relation) } }),
        `${graph.getNodeAttribute(source, "label")} `,
        el("strong", {}, relationLabel(attrs.relation)),
        ` ${graph.getNodeAttribute(target, "label")}`,
      ),
      el(
        "div",
        { className: "muted small" },
        [
          attrs.properties.rejected === true ? "rejected" : null,
          `${count} report${count === 1 ? "" : "s"}`,
          outlets.length > 0 ? outlets.join(", ") : null,
          confidence,
        ]
          .filter(Boolean)
          .join(" · "),
      ),
      evidence ? el("blockquote", { className: "evidence" }, evidence) : null,
      el("div", { className: "muted small" }, "Click for every sentence and its source"),
    );
    tip.hidden = false;
    tip.style.left = `${hovered.x + 14}px`;
    tip.style.top = `${hovered.y + 14}px`;
  });
}
