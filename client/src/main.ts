import "./style.css";
import { createGraph, nodeSizeOf } from "./graph";
import { createLayout, preLayout } from "./layout";
import {
  createSearchBox,
  el,
  mountAddRelationDialog,
  mountArticleView,
  mountCorrectionsPanel,
  mountCypherConsole,
  mountEdgePanel,
  mountEdgeTooltip,
  mountEntityPanel,
  mountExportPanel,
  mountFiltersPanel,
  mountKeyboard,
  mountLegend,
  mountMergeDialog,
  mountPathsPanel,
  mountSharePanel,
  mountStatus,
  mountToolbar,
  mountUploadPanel,
} from "./panels";
import { createRenderer, mountSelectionOverlay, type ViewCommands } from "./rendering";
import {
  HEALTH_RETRY_MS,
  NO_STORAGE,
  createActions,
  createStore,
  decodeUrlState,
  initialState,
  restoreLink,
  syncUrl,
  type KeyValueStorage,
  type ViewPort,
} from "./state";

/** Iterations of the first layout: the same data always ends in the same picture (layout.runIterations). */
function overviewIterations(order: number): number {
  return order <= 300 ? 600 : 300;
}
/** Above this many nodes the first layout runs for a time instead: counting iterations there takes minutes. */
const COUNTED_LAYOUT_MAX_NODES = 1500;
/** Below this width the controls sidebar is a drawer over the graph (see style.css). */
const NARROW = "(max-width: 1100px)";

function browserStorage(): KeyValueStorage {
  try {
    return window.localStorage;
  } catch {
    return NO_STORAGE;
  }
}

/** Wires data, state, view, layout and panels together; nothing else starts anything. */
function start(): void {
  const graph = createGraph();
  const url = decodeUrlState(window.location.search, window.location.hash);
  const storage = browserStorage();
  const store = createStore({
    ...initialState(),
    filters: url.filters,
    colorMode: url.colorMode,
    sizeMetric: url.sizeMetric,
  });

  const layout = createLayout(
    graph,
    (node) => nodeSizeOf(store.get().appearance, node),
    (running) => store.set({ layoutRunning: running }),
  );
  let view: ViewCommands | null = null;
  const port: ViewPort = {
    centreOn: (nodes, options) => view?.centreOn(nodes, options),
    settle: async (nodes) => {
      layout.settle(nodes);
      await layout.whenIdle();
    },
    layoutAll: async () => {
      preLayout(graph);
      if (graph.order <= COUNTED_LAYOUT_MAX_NODES) layout.runIterations(overviewIterations(graph.order));
      else layout.runFor(8000);
      await layout.whenIdle();
    },
    setCamera: (camera) => view?.setCamera(camera),
  };
  const actions = createActions(graph, store, port, storage);

  const app = document.getElementById("app")!;
  const stage = el("div", {
    className: "stage",
    attrs: { "data-testid": "graph", tabindex: 0, "aria-label": "Graph (arrow keys move between neighbours)" },
  });
  const sidebar = el("nav", {
    className: "sidebar",
    attrs: { "aria-label": "Explorer controls", "data-testid": "sidebar", id: "sidebar" },
  });
  const panels = el("div", { className: "panels" });
  const search = createSearchBox({
    placeholder: "Search people, groups, states, events… (/)",
    search: actions.search,
    onChoose: (r) => void actions.chooseSearchResult(r),
    testId: "search",
  });
  const counts = el("span", { className: "counts muted small", attrs: { "data-testid": "counts" } });
  const sidebarButton = el(
    "button",
    {
      className: "btn sidebar-toggle",
      attrs: {
        type: "button",
        "data-testid": "toggle-sidebar",
        "aria-controls": "sidebar",
        title: "Show or hide the controls",
      },
      on: { click: () => actions.toggleSidebar() },
    },
    "☰",
  );
  const cypherButton = el(
    "button",
    { className: "btn", attrs: { type: "button", "data-testid": "open-cypher", title: "Cypher console (c)" } },
    "Cypher",
  );
  const actionsBar = el("div", { className: "topbar-actions" });
  const header = el(
    "header",
    { className: "topbar" },
    sidebarButton,
    el(
      "div",
      { className: "brand" },
      el("span", { className: "logo" }, "◉"),
      el("span", { className: "brand-name" }, "Newsgraph"),
    ),
    search.element,
    counts,
    actionsBar,
  );
  // Panels come first in the document, so Tab reaches a focused entity's actions right after the top bar;
  // CSS places them to the right of the graph.
  const main = el("div", { className: "main" }, panels, sidebar, stage);
  app.append(header, main);

  view = createRenderer(stage, graph, store, actions);
  const link = syncUrl(store, graph);
  const upload = mountUploadPanel(document.body, store, actions);
  const share = mountSharePanel(actionsBar, { link: link.flush, storage, notify: actions.notify });
  const corrections = mountCorrectionsPanel(document.body, store, actions, graph);
  const mergeDialog = mountMergeDialog(document.body, store, actions, graph);
  const addRelationDialog = mountAddRelationDialog(document.body, store, actions);
  actionsBar.prepend(upload.button);
  actionsBar.append(
    corrections.button,
    cypherButton,
    el(
      "a",
      {
        className: "btn",
        attrs: {
          href: "/api/docs",
          target: "_blank",
          rel: "noopener",
          "data-testid": "api-docs",
          title: "The HTTP API, documented (opens a new tab)",
        },
      },
      "API",
    ),
  );

  mountSelectionOverlay(stage, store, actions, view);
  mountToolbar(stage, store, actions, view, layout);
  mountEdgeTooltip(stage, store, graph);
  mountEntityPanel(panels, store, actions, graph);
  mountEdgePanel(panels, store, actions);
  mountLegend(sidebar, store, graph);
  mountFiltersPanel(sidebar, store, actions, graph);
  mountPathsPanel(sidebar, store, actions);
  mountExportPanel(sidebar, store, actions, view, graph);
  const cypherConsole = mountCypherConsole(main, store, actions, graph);
  cypherButton.addEventListener("click", () => cypherConsole.toggle());
  mountArticleView(document.body, store, actions);
  mountStatus(stage, store, () => void boot(), actions.dismissToast);

  const narrow = window.matchMedia(NARROW);
  const sidebarDrawer = {
    isOpen: () => narrow.matches && store.get().sidebarOpen,
    close: () => actions.toggleSidebar(false),
  };
  mountKeyboard({
    store,
    actions,
    view,
    graph,
    layout,
    search: search.input,
    console: cypherConsole,
    popovers: [mergeDialog, addRelationDialog, corrections, upload, share, sidebarDrawer],
  });

  store.subscribe((state, previous) => {
    if (state.sidebarOpen !== previous.sidebarOpen) {
      app.classList.toggle("sidebar-toggled", state.sidebarOpen);
      sidebarButton.setAttribute("aria-expanded", String(narrow.matches ? state.sidebarOpen : !state.sidebarOpen));
    }
    if (state.graphVersion === previous.graphVersion && state.stats === previous.stats) return;
    const total = state.stats ? `${state.stats.articles} articles · ` : "";
    counts.textContent = `${total}${graph.order} nodes · ${graph.size} relations loaded`;
  });

  async function boot(): Promise<void> {
    if (!(await actions.checkHealth())) {
      if (store.get().connection.kind !== "empty") setTimeout(() => void boot(), HEALTH_RETRY_MS);
      return;
    }
    void actions.loadCatalogue();
    await restoreLink(url, actions, store, graph, port);
    if (url.query) cypherConsole.toggle(true);
  }
  void boot();

  // A read-only handle for end-to-end tests and the devtools console.
  (window as unknown as { __newsgraph: unknown }).__newsgraph = { graph, store, view };
}

start();
