import type { CypherResult } from "../api";
import type { Actions, AppState, Store } from "../state";
import { createCypherEditor, setEditorText } from "./cypher-editor";
import { cell } from "./cypher-cells";
import { el, replaceChildren } from "./dom";

export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  { title: "Conflict between states", query: "MATCH (a:State)-[r:ATTACKED|THREATENED|SANCTIONED]->(b)\nRETURN a, r, b\nLIMIT 50" },
  { title: "Who backs whom", query: "MATCH (a)-[r:BACKS]->(b)\nRETURN a, r, b\nLIMIT 100" },
  { title: "Most connected entities", query: "MATCH (e:Entity)-[r]-()\nWHERE type(r) <> 'MENTIONED_IN'\nRETURN e.name AS name, labels(e) AS labels, count(r) AS relations\nORDER BY relations DESC\nLIMIT 25" },
  { title: "Negotiations and mediators", query: "MATCH (a)-[r:NEGOTIATED_WITH|MEDIATED]-(b)\nRETURN a, r, b\nLIMIT 100" },
  { title: "Events and their places", query: "MATCH (e:Event)-[r:OCCURRED_IN]->(p:Place)\nRETURN e, r, p\nLIMIT 100" },
];

const MAX_TABLE_ROWS = 500;

/** The Cypher console: editor, examples, run, and the result as a table while the graph merges into the view. */
export function mountCypherConsole(root: HTMLElement, store: Store<AppState>, actions: Actions): { toggle(open?: boolean): void } {
  const drawer = el("section", { className: "drawer", attrs: { "data-testid": "cypher-console", "aria-label": "Cypher console" } });
  drawer.hidden = true;
  root.append(drawer);

  const editorHost = el("div", { className: "editor" });
  const mode = el(
    "select",
    { className: "select", attrs: { "aria-label": "How results join the view", "data-testid": "cypher-mode" } },
    el("option", { attrs: { value: "merge" } }, "merge into view"),
    el("option", { attrs: { value: "replace" } }, "replace view"),
  );
  const run = () => void actions.runCypher(editor.state.doc.toString(), mode.value as "merge" | "replace");
  const examples = el(
    "select",
    { className: "select", attrs: { "aria-label": "Example queries", "data-testid": "cypher-examples" }, on: { change: (e) => {
      const picked = EXAMPLE_QUERIES[Number((e.target as HTMLSelectElement).value)];
      if (picked) setEditorText(editor, picked.query);
      (e.target as HTMLSelectElement).value = "";
    } } },
    el("option", { attrs: { value: "" } }, "Examples…"),
    ...EXAMPLE_QUERIES.map((q, i) => el("option", { attrs: { value: i } }, q.title)),
  );
  const runButton = el("button", { className: "btn btn-primary", attrs: { type: "button", "data-testid": "cypher-run", title: "Ctrl+Enter" }, on: { click: run } }, "Run ⌃⏎");
  const status = el("div", { className: "cypher-status", attrs: { "data-testid": "cypher-status", "aria-live": "polite" } });
  const results = el("div", { className: "cypher-results", attrs: { "data-testid": "cypher-results" } });
  drawer.append(el("div", { className: "drawer-head" }, el("h3", {}, "Cypher (read-only)"), examples, mode, runButton, el("button", { className: "btn-icon", attrs: { type: "button", title: "Close" }, on: { click: () => toggle(false) } }, "×")), el("div", { className: "drawer-body" }, editorHost, el("div", { className: "cypher-output" }, status, results)));

  const editor = createCypherEditor(editorHost, store.get().cypher.query, run, (text) => actions.setCypherQuery(text));

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.cypher.running === state.cypher.running && previous.cypher.result === state.cypher.result && previous.cypher.error === state.cypher.error) return;
    const { running, result, error } = state.cypher;
    runButton.disabled = running;
    status.className = `cypher-status${error ? " error" : ""}`;
    if (running) status.textContent = "Running…";
    else if (error) status.textContent = error;
    else if (result) status.textContent = summary(result);
    else status.textContent = "Ctrl+Enter runs the query. Nodes and relations returned are drawn in the graph.";
    replaceChildren(results, result && !running ? table(result) : null);
  }

  function toggle(open = drawer.hidden): void {
    drawer.hidden = !open;
    if (open) editor.focus();
  }

  render(store.get());
  store.subscribe(render);
  return { toggle };
}

function summary(result: CypherResult): string {
  const parts = [`${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`, `${result.graph.nodes.length} nodes, ${result.graph.edges.length} relations drawn`];
  if (result.truncated) parts.push(`result cut at ${result.rowLimit} rows`);
  return parts.join(" · ");
}

function table(result: CypherResult): HTMLElement {
  const rows = result.rows.slice(0, MAX_TABLE_ROWS);
  return el(
    "table",
    { className: "table" },
    el("thead", {}, el("tr", {}, ...result.columns.map((c) => el("th", {}, c)))),
    el("tbody", {}, ...rows.map((row) => el("tr", {}, ...result.columns.map((column, i) => el("td", {}, cell(Array.isArray(row) ? row[i] : (row as Record<string, unknown>)?.[column])))))),
  );
}
