import type { ViewCommands } from "../rendering";
import type { LayoutController } from "../layout";
import type { Actions, AppState, SelectMode, Store } from "../state";
import { el, replaceChildren } from "./dom";

/** Layout, camera and selection-mode controls floating over the graph. */
export function mountToolbar(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  view: ViewCommands,
  layout: LayoutController,
): void {
  const bar = el("div", { className: "toolbar", attrs: { role: "toolbar", "aria-label": "Graph controls" } });
  root.append(bar);

  function tool(label: string, title: string, onClick: () => void, testId: string, active = false): HTMLButtonElement {
    return el(
      "button",
      {
        className: `tool${active ? " active" : ""}`,
        attrs: { type: "button", title, "data-testid": testId, "aria-pressed": active },
        on: { click: onClick },
      },
      label,
    );
  }

  function mode(m: SelectMode): () => void {
    return () => actions.setSelectMode(store.get().selectMode === m ? "none" : m);
  }

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.layoutRunning === state.layoutRunning &&
      previous.selectMode === state.selectMode &&
      previous.selection === state.selection &&
      previous.hidden === state.hidden
    )
      return;
    replaceChildren(
      bar,
      tool(
        state.layoutRunning ? "■ Stop layout" : "▶ Layout",
        "ForceAtlas2 (runs in a worker)",
        () => (layout.isRunning() ? layout.stop() : layout.start()),
        "layout-toggle",
        state.layoutRunning,
      ),
      tool("Spread", "Remove node overlaps (noverlap)", () => layout.removeOverlaps(), "noverlap"),
      el("span", { className: "sep" }),
      tool("+", "Zoom in", () => view.zoom(1.5), "zoom-in"),
      tool("−", "Zoom out", () => view.zoom(1 / 1.5), "zoom-out"),
      tool("Fit", "Show the whole graph", () => view.fit(), "fit"),
      el("span", { className: "sep" }),
      tool("▭ Box", "Drag a box to select (shift adds)", mode("box"), "select-box", state.selectMode === "box"),
      tool(
        "◌ Lasso",
        "Draw around nodes to select (shift adds)",
        mode("lasso"),
        "select-lasso",
        state.selectMode === "lasso",
      ),
      state.selection.length > 0
        ? el(
            "span",
            { className: "tool-info", attrs: { "data-testid": "selection-count" } },
            `${state.selection.length} selected`,
          )
        : null,
      state.selection.length === 2
        ? tool(
            "Merge…",
            "Merge the two selected entities into one",
            () => actions.proposeMerge([state.selection[0], state.selection[1]]),
            "merge-selection",
          )
        : null,
      state.selection.length > 0
        ? tool("Hide selected", "Remove the selected nodes from the view", actions.hideSelection, "hide-selection")
        : null,
      state.hidden.length > 0
        ? tool(`Show ${state.hidden.length} hidden`, "Bring hidden nodes back", actions.showAll, "show-hidden")
        : null,
    );
  }
  render(store.get());
  store.subscribe(render);
}
