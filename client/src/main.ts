import "./style.css";
import { createGraph } from "./graph";
import { createLayout, preLayout } from "./layout";
import {
  mountArticleView,
  mountCypherConsole,
  mountEdgeTooltip,
  mountEntityPanel,
  mountExportPanel,
  mountFiltersPanel,
  mountLegend,
  mountPathsPanel,
  mountStatus,
  mountToolbar,
  createSearchBox,
  el,
} from "./panels";
import { createRenderer, mountSelectionOverlay, type ViewCommands } from "./rendering";
import { HEALTH_RETRY_MS, createActions, createStore, decodeUrlState, initialState, syncUrl, type ViewPort } from "./state";

/** Wires data, state, view, layout and panels together; nothing else starts anything. */
function start(): void {
  const graph = createGraph();
  const url = decodeUrlState(window.location.search);
  const store = createStore({
    ...initialState(),
    filters: url.filters,
    colorMode: url.colorMode,
    cypher: { ...initialState().cypher, query: url.query ?? initialState().cypher.query },
  });

  const layout = createLayout(graph, (running) => store.set({ layoutRunning: running }));
  let view: ViewCommands | null = null;
  const port: ViewPort = {
    centreOn: (nodes) => view?.centreOn(nodes),
    settle: (nodes) => layout.settle(nodes),
    layoutAll: () => {
      preLayout(graph);
      layout.runFor(graph.order > 1500 ? 8000 : graph.order > 300 ? 2500 : 1200);
    },
  };
  const actions = createActions(graph, store, port);

  const app = document.getElementById("app")!;
  const stage = el("div", { className: "stage", attrs: { "data-testid": "graph" } });
  const sidebar = el("nav", { className: "sidebar", attrs: { "aria-label": "Explorer controls" } });
  const search = createSearchBox({ placeholder: "Search people, groups, states, events…", search: actions.search, onChoose: (r) => void actions.chooseSearchResult(r), testId: "search" });
  const counts = el("span", { className: "counts muted small", attrs: { "data-testid": "counts" } });
  const cypherButton = el("button", { className: "btn", attrs: { type: "button", "data-testid": "open-cypher" } }, "Cypher console");
  const header = el("header", { className: "topbar" }, el("div", { className: "brand" }, el("span", { className: "logo" }, "◉"), "Newsgraph"), search.element, counts, cypherButton);
  const main = el("div", { className: "main" }, sidebar, stage);
  app.append(header, main);

  view = createRenderer(stage, graph, store, actions);
  mountSelectionOverlay(stage, store, actions, view);
  mountToolbar(stage, store, actions, view, layout);
  mountEdgeTooltip(stage, store, graph);
  mountEntityPanel(main, store, actions);
  mountLegend(sidebar, store);
  mountFiltersPanel(sidebar, store, actions);
  mountPathsPanel(sidebar, store, actions);
  mountExportPanel(sidebar, store, actions, view);
  const cypherConsole = mountCypherConsole(main, store, actions);
  cypherButton.addEventListener("click", () => cypherConsole.toggle());
  mountArticleView(document.body, store, actions);
  mountStatus(stage, store, () => void boot(), actions.dismissToast);
  syncUrl(store);

  store.subscribe((state, previous) => {
    if (state.graphVersion === previous.graphVersion && state.stats === previous.stats) return;
    const total = state.stats ? `${state.stats.articles} articles · ` : "";
    counts.textContent = `${total}${graph.order} nodes · ${graph.size} relations loaded`;
  });

  async function boot(): Promise<void> {
    if (!(await actions.checkHealth())) {
      if (store.get().connection.kind !== "empty") setTimeout(() => void boot(), HEALTH_RETRY_MS);
      return;
    }
    await actions.loadOverview();
    void actions.loadCatalogue();
    if (url.focus) await actions.openEntity(url.focus);
    if (url.query) {
      cypherConsole.toggle(true);
      await actions.runCypher(url.query, "merge");
    }
  }
  void boot();

  // A read-only handle for end-to-end tests and the devtools console.
  (window as unknown as { __newsgraph: unknown }).__newsgraph = { graph, store, view };
}

start();
