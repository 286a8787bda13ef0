import { isRelationType } from "../../../domain";
import type { CypherResult } from "../api";
import { LABEL_COLORS, edgeColor, relationLabel, type ExplorerGraph } from "../graph";
import type { Actions, AppState, Store } from "../state";
import { createCypherEditor, setEditorText } from "./cypher-editor";
import { rowValues, tableCsv, toCell, type Cell } from "./cypher-cells";
import { download, el, replaceChildren } from "./dom";

export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: "Conflict between states",
    query: "MATCH (a:State)-[r:ATTACKED|THREATENED|SANCTIONED]->(b)\nRETURN a, r, b\nLIMIT 50",
  },
  { title: "Who backs whom", query: "MATCH (a)-[r:BACKS]->(b)\nRETURN a, r, b\nLIMIT 100" },
  {
    title: "Most connected entities",
    query:
      "MATCH (e:Entity)-[r]-()\nWHERE type(r) <> 'MENTIONED_IN'\nRETURN e.name AS name, labels(e) AS labels, count(r) AS relations\nORDER BY relations DESC\nLIMIT 25",
  },
  {
    title: "Negotiations and mediators",
    query: "MATCH (a)-[r:NEGOTIATED_WITH|MEDIATED]-(b)\nRETURN a, r, b\nLIMIT 100",
  },
  { title: "Events and their places", query: "MATCH (e:Event)-[r:OCCURRED_IN]->(p:Place)\nRETURN e, r, p\nLIMIT 100" },
  {
    title: "Articles and what they mention",
    query:
      "MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)\nRETURN a, count(e) AS entities\nORDER BY entities DESC\nLIMIT 25",
  },
];

/** Rows drawn in the table; the rest are counted on screen and all go into the CSV. */
export const MAX_TABLE_ROWS = 500;
const MIN_HEIGHT = 160;
const HEIGHT_KEY = "newsgraph.consoleHeight";

export interface CypherConsole {
  toggle(open?: boolean): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
}

/**
 * The Cypher console: editor, examples, history, run and cancel with the time it took, the result as a
 * table of chips (nodes, relations, paths) with its CSV, while the graph merges into the view. The drawer is
 * resized by dragging its top edge.
 */
export function mountCypherConsole(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  graph: ExplorerGraph,
): CypherConsole {
  const drawer = el("section", {
    className: "drawer",
    attrs: { "data-testid": "cypher-console", "aria-label": "Cypher console" },
  });
  drawer.hidden = true;
  root.append(drawer);
  const savedHeight = Number(safeGet(HEIGHT_KEY));
  if (savedHeight >= MIN_HEIGHT) drawer.style.height = `${savedHeight}px`;

  const handle = el("div", {
    className: "drawer-handle",
    attrs: {
      role: "separator",
      "aria-orientation": "horizontal",
      "aria-label": "Resize the console",
      title: "Drag to resize",
      "data-testid": "cypher-resize",
      tabindex: 0,
    },
  });
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
    {
      className: "select",
      attrs: { "aria-label": "Example queries", "data-testid": "cypher-examples" },
      on: {
        change: (e) => {
          const picked = EXAMPLE_QUERIES[Number((e.target as HTMLSelectElement).value)];
          if (picked) setEditorText(editor, picked.query);
          (e.target as HTMLSelectElement).value = "";
        },
      },
    },
    el("option", { attrs: { value: "" } }, "Examples…"),
    ...EXAMPLE_QUERIES.map((q, i) => el("option", { attrs: { value: i } }, q.title)),
  );
  const history = el("select", {
    className: "select",
    attrs: { "aria-label": "Queries run before", "data-testid": "cypher-history" },
    on: {
      change: (e) => {
        const picked = store.get().cypher.history[Number((e.target as HTMLSelectElement).value)];
        if (picked) setEditorText(editor, picked);
        (e.target as HTMLSelectElement).value = "";
      },
    },
  });
  const runButton = el(
    "button",
    {
      className: "btn btn-primary",
      attrs: { type: "button", "data-testid": "cypher-run", title: "Ctrl+Enter" },
      on: { click: run },
    },
    "Run ⌃⏎",
  );
  const cancelButton = el(
    "button",
    {
      className: "btn",
      attrs: { type: "button", "data-testid": "cypher-cancel" },
      on: { click: actions.cancelCypher },
    },
    "Cancel",
  );
  const csvButton = el(
    "button",
    {
      className: "btn",
      attrs: { type: "button", "data-testid": "cypher-csv", title: "Every row the server sent, as CSV" },
      on: {
        click: () => {
          const result = store.get().cypher.result;
          if (result) download(new Blob([tableCsv(result)], { type: "text/csv" }), "newsgraph-query.csv");
        },
      },
    },
    "CSV",
  );
  const status = el("div", {
    className: "cypher-status",
    attrs: { "data-testid": "cypher-status", "aria-live": "polite" },
  });
  const results = el("div", { className: "cypher-results", attrs: { "data-testid": "cypher-results" } });
  drawer.append(
    handle,
    el(
      "div",
      { className: "drawer-head" },
      el("h3", {}, "Cypher (read-only)"),
      examples,
      history,
      mode,
      runButton,
      cancelButton,
      csvButton,
      el(
        "button",
        {
          className: "btn-icon",
          attrs: { type: "button", title: "Close (Esc)", "data-testid": "cypher-close" },
          on: { click: () => toggle(false) },
        },
        "×",
      ),
    ),
    el("div", { className: "drawer-body" }, editorHost, el("div", { className: "cypher-output" }, status, results)),
  );

  const editor = createCypherEditor(editorHost, store.get().cypher.query, run, (text) => actions.setCypherQuery(text));
  let ticker: ReturnType<typeof setInterval> | undefined;

  function renderHistory(list: string[]): void {
    replaceChildren(
      history,
      el("option", { attrs: { value: "" } }, list.length > 0 ? `History (${list.length})…` : "No history yet"),
      ...list.map((q, i) => el("option", { attrs: { value: i, title: q } }, q.replace(/\s+/g, " ").slice(0, 80))),
    );
    history.disabled = list.length === 0;
  }

  function render(state: AppState, previous?: AppState): void {
    const c = state.cypher;
    if (previous && previous.cypher.history !== c.history) renderHistory(c.history);
    if (previous && previous.cypher.query !== c.query && editor.state.doc.toString() !== c.query)
      setEditorText(editor, c.query);
    if (
      previous &&
      previous.cypher.running === c.running &&
      previous.cypher.result === c.result &&
      previous.cypher.error === c.error &&
      previous.cypher.fromLink === c.fromLink
    )
      return;
    runButton.disabled = c.running;
    cancelButton.hidden = !c.running;
    csvButton.disabled = !c.result || c.result.rows.length === 0;
    status.className = `cypher-status${c.error ? " error" : ""}${c.fromLink ? " notice" : ""}`;
    clearInterval(ticker);
    if (c.running) {
      const tick = () =>
        (status.textContent = `Running… ${((performance.now() - (c.startedAt ?? performance.now())) / 1000).toFixed(1)} s`);
      tick();
      ticker = setInterval(tick, 100);
    } else if (c.fromLink)
      status.textContent = "This query came with the link you opened. Read it, then press Run to run it.";
    else if (c.error) status.textContent = c.error;
    else if (c.result) status.textContent = summary(c.result, c.elapsedMs);
    else status.textContent = "Ctrl+Enter runs the query. Nodes and relations returned are drawn in the graph.";
    replaceChildren(results, c.result && !c.running ? table(c.result) : null);
  }

  function table(result: CypherResult): HTMLElement {
    const rows = result.rows.slice(0, MAX_TABLE_ROWS);
    return el(
      "table",
      { className: "table" },
      el("thead", {}, el("tr", {}, ...result.columns.map((c) => el("th", {}, c)))),
      el(
        "tbody",
        {},
        ...rows.map((row) =>
          el("tr", {}, ...rowValues(result, row).map((value) => el("td", {}, cellElement(toCell(value))))),
        ),
      ),
    );
  }

  function cellElement(cell: Cell): Node | string {
    switch (cell.kind) {
      case "empty":
        return "";
      case "value":
        return cell.text;
      case "node": {
        const color = cell.label ? LABEL_COLORS[cell.label] : "#98a2b3";
        const chip = el(
          "span",
          {
            className: "chip node-chip",
            style: { borderColor: color },
            attrs: { title: cell.label ?? "", "data-testid": "cell-node" },
          },
          el("span", { className: "dot", style: { background: color } }),
          cell.name,
        );
        if (!cell.id) return chip;
        const id = cell.id;
        if (cell.label === "Article")
          return el(
            "button",
            {
              className: "chip-button",
              attrs: { type: "button", title: "Open the article" },
              on: { click: () => void actions.openArticle(id) },
            },
            chip,
          );
        return el(
          "button",
          {
            className: "chip-button",
            attrs: { type: "button", title: graph.hasNode(id) ? "Open" : "Open (adds it to the graph)" },
            on: { click: () => void actions.openEntity(id) },
          },
          chip,
        );
      }
      case "relation":
        return el(
          "span",
          {
            className: "chip rel-chip",
            style: { borderColor: isRelationType(cell.type) ? edgeColor(cell.type) : "#7d8aa3" },
            attrs: { "data-testid": "cell-relation" },
          },
          isRelationType(cell.type) ? relationLabel(cell.type) : cell.type,
          cell.reports !== null ? el("span", { className: "muted" }, ` · ${cell.reports}×`) : null,
        );
      case "path":
        return el(
          "span",
          { className: "path-cell", attrs: { "data-testid": "cell-path" } },
          cellElement(cell.steps[0].from),
          ...cell.steps.flatMap((s) => [
            el("span", { className: "muted" }, ` —${isRelationType(s.type) ? relationLabel(s.type) : s.type}— `),
            cellElement(s.to),
          ]),
        );
      case "list":
        return el("span", {}, ...cell.items.flatMap((item, i) => [i > 0 ? ", " : null, cellElement(item)]));
    }
  }

  function toggle(open = drawer.hidden): void {
    drawer.hidden = !open;
    if (open) editor.focus();
  }

  // Dragging the top edge resizes the drawer, between MIN_HEIGHT and most of the stage.
  handle.addEventListener("pointerdown", (e) => {
    handle.setPointerCapture(e.pointerId);
    const startY = e.clientY;
    const startHeight = drawer.offsetHeight;
    const move = (m: PointerEvent) => {
      const max = (drawer.parentElement?.clientHeight ?? window.innerHeight) - 60;
      drawer.style.height = `${Math.max(MIN_HEIGHT, Math.min(max, startHeight + startY - m.clientY))}px`;
    };
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
      safeSet(HEIGHT_KEY, String(drawer.offsetHeight));
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
  });
  handle.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    e.preventDefault();
    drawer.style.height = `${Math.max(MIN_HEIGHT, drawer.offsetHeight + (e.key === "ArrowUp" ? 40 : -40))}px`;
    safeSet(HEIGHT_KEY, String(drawer.offsetHeight));
  });

  renderHistory(store.get().cypher.history);
  render(store.get());
  store.subscribe(render);
  return { toggle, isOpen: () => !drawer.hidden, contains: (node) => node !== null && drawer.contains(node) };
}

/** Rows, what was drawn, whether and why the table is cut, and the time the query took. */
export function summary(result: CypherResult, elapsedMs: number | null): string {
  const rows = result.rows.length;
  const parts = [`${rows} row${rows === 1 ? "" : "s"}`];
  if (result.truncated)
    parts[0] = `${rows} rows (the server stops at ${result.rowLimit}; there are more: add a LIMIT or narrow the query)`;
  if (rows > MAX_TABLE_ROWS) parts.push(`the first ${MAX_TABLE_ROWS} shown, all ${rows} in the CSV`);
  parts.push(`${result.graph.nodes.length} nodes, ${result.graph.edges.length} relations drawn`);
  if (elapsedMs !== null) parts.push(`${(elapsedMs / 1000).toFixed(2)} s`);
  return parts.join(" · ");
}

function safeGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // No storage: the size is simply not remembered.
  }
}
