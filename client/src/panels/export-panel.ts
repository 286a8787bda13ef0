import { EXPORT_FORMATS, type ExportFormat } from "../api";
import { computeVisibility, legendModel, type ExplorerGraph } from "../graph";
import type { LegendLine, ViewCommands } from "../rendering";
import type { Actions, AppState, Store } from "../state";
import { download, el, replaceChildren } from "./dom";
import { describeFilters } from "./filter-words";

const FORMAT_NAMES: Record<ExportFormat, string> = {
  gexf: "GEXF",
  graphml: "GraphML",
  json: "JSON",
  csv: "CSV (zip)",
  cypher: "Cypher script",
  plover: "PLOVER JSONL (events)",
};

/** Export the selection or the whole visible graph through the server, or the view as a PNG with legend and caption. */
export function mountExportPanel(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  view: ViewCommands,
  graph: ExplorerGraph,
): void {
  const box = el("section", { className: "card", attrs: { "data-testid": "export", "aria-label": "Export" } });
  root.append(box);

  async function run(format: ExportFormat, scope: "selection" | "visible"): Promise<void> {
    const file = await actions.exportGraph(format, scope);
    if (file) download(file.blob, file.fileName);
  }

  async function png(scale: number): Promise<void> {
    const state = store.get();
    const visible = computeVisibility(graph, state.filters, new Set(state.hidden));
    const model = legendModel(graph, state.appearance, state.colorMode, state.sizeMetric, visible.nodes);
    const dots: LegendLine[] = model.nodes
      .filter((n) => n.count > 0)
      .map((n) => ({ color: n.color, text: n.text, shape: "dot" }));
    const lines: LegendLine[] = model.relations.flatMap((c) =>
      c.types.map((t) => ({ color: t.color, text: t.text, shape: "line" as const })),
    );
    const caption = [
      `Newsgraph · ${visible.nodes.size} nodes, ${visible.edges.size} relations shown · ${state.stats ? `${state.stats.articles} articles in the database` : ""}`,
      `Filters: ${describeFilters(state.filters)}`,
      `${model.colourMeaning}; ${model.sizeMeaning.toLowerCase()} · exported ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    ];
    const blob = await view.exportImage({
      scale,
      legend: [
        { title: "Nodes", lines: dots },
        { title: "Relations", lines },
      ],
      caption,
    });
    download(blob, `newsgraph-${scale}x.png`);
  }

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.selection.length === state.selection.length) return;
    const scope = el(
      "select",
      { className: "select", attrs: { "aria-label": "What to export", "data-testid": "export-scope" } },
      el("option", { attrs: { value: "visible" } }, "Visible graph"),
      el(
        "option",
        { attrs: { value: "selection", selected: state.selection.length > 0 } },
        `Selection (${state.selection.length})`,
      ),
    );
    const format = el(
      "select",
      { className: "select", attrs: { "aria-label": "Format", "data-testid": "export-format" } },
      ...EXPORT_FORMATS.map((f) => el("option", { attrs: { value: f } }, FORMAT_NAMES[f])),
    );
    const scale = el(
      "select",
      { className: "select", attrs: { "aria-label": "Image resolution", "data-testid": "export-png-scale" } },
      ...[1, 2, 4].map((s) => el("option", { attrs: { value: s, selected: s === 2 } }, `${s}×`)),
    );
    replaceChildren(
      box,
      el("h3", {}, "Export"),
      el("div", { className: "row" }, scope, format),
      el(
        "div",
        { className: "row" },
        el(
          "button",
          {
            className: "btn",
            attrs: { type: "button", "data-testid": "export-run" },
            on: { click: () => void run(format.value as ExportFormat, scope.value as "selection" | "visible") },
          },
          "Download",
        ),
      ),
      el(
        "div",
        { className: "row" },
        el(
          "button",
          {
            className: "btn",
            attrs: { type: "button", "data-testid": "export-png" },
            on: { click: () => void png(Number(scale.value)) },
          },
          "PNG image",
        ),
        scale,
        el("span", { className: "small muted" }, "with legend and caption"),
      ),
    );
  }
  render(store.get());
  store.subscribe(render);
}
