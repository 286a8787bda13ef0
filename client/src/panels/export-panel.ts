import { EXPORT_FORMATS, type ExportFormat } from "../api";
import type { ViewCommands } from "../rendering";
import type { Actions, AppState, Store } from "../state";
import { download, el, replaceChildren } from "./dom";

const FORMAT_NAMES: Record<ExportFormat, string> = { gexf: "GEXF", graphml: "GraphML", json: "JSON", csv: "CSV (zip)", cypher: "Cypher script" };

/** Export the selection or the whole visible graph through the server, or the view as a PNG. */
export function mountExportPanel(root: HTMLElement, store: Store<AppState>, actions: Actions, view: ViewCommands): void {
  const box = el("section", { className: "card", attrs: { "data-testid": "export", "aria-label": "Export" } });
  root.append(box);

  async function run(format: ExportFormat, scope: "selection" | "visible"): Promise<void> {
    const file = await actions.exportGraph(format, scope);
    if (file) download(file.blob, file.fileName);
  }

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.selection.length === state.selection.length) return;
    const scope = el(
      "select",
      { className: "select", attrs: { "aria-label": "What to export", "data-testid": "export-scope" } },
      el("option", { attrs: { value: "visible" } }, "Visible graph"),
      el("option", { attrs: { value: "selection", selected: state.selection.length > 0 } }, `Selection (${state.selection.length})`),
    );
    const format = el("select", { className: "select", attrs: { "aria-label": "Format", "data-testid": "export-format" } }, ...EXPORT_FORMATS.map((f) => el("option", { attrs: { value: f } }, FORMAT_NAMES[f])));
    replaceChildren(
      box,
      el("h3", {}, "Export"),
      el("div", { className: "row" }, scope, format),
      el(
        "div",
        { className: "row" },
        el("button", { className: "btn", attrs: { type: "button", "data-testid": "export-run" }, on: { click: () => void run(format.value as ExportFormat, scope.value as "selection" | "visible") } }, "Download"),
        el("button", { className: "btn", attrs: { type: "button", "data-testid": "export-png" }, on: { click: async () => download(await view.exportImage(), "newsgraph.png") } }, "PNG image"),
      ),
    );
  }
  render(store.get());
  store.subscribe(render);
}
