import { HEALTH_RETRY_MS, type AppState, type Store } from "../state";
import { el, replaceChildren } from "./dom";

const INGEST_HELP = [
  "Put articles (.txt, .md, .html or .json) in a folder, then run:",
  "npm run ingest -- path/to/articles",
  "or use Add articles at the top of the page. The bundled samples load with: npm run ingest -- samples/articles",
];

/** Connection banner, busy indicator, toasts and the empty state: how the explorer tells the user what is going on. */
export function mountStatus(
  root: HTMLElement,
  store: Store<AppState>,
  retry: () => void,
  dismissToast: () => void,
): void {
  const banner = el("div", { className: "banner", attrs: { role: "alert", "data-testid": "banner" } });
  const busy = el("div", { className: "busy", attrs: { "aria-live": "polite", "data-testid": "busy" } });
  const toast = el("div", { className: "toast", attrs: { role: "status", "data-testid": "toast" } });
  const empty = el("div", { className: "empty-state", attrs: { "data-testid": "empty-state" } });
  root.append(banner, busy, toast, empty);

  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  function render(state: AppState, previous?: AppState): void {
    const c = state.connection;
    banner.hidden = c.kind !== "server-down" && c.kind !== "neo4j-down";
    if (c.kind === "server-down" || c.kind === "neo4j-down") {
      const title =
        c.kind === "server-down"
          ? "The Newsgraph server is unreachable."
          : "The server is up but Neo4j is unreachable.";
      replaceChildren(
        banner,
        el("strong", {}, title),
        " ",
        el("span", { className: "small" }, `(${c.message}) Retrying every ${HEALTH_RETRY_MS / 1000} seconds.`),
        " ",
        el("button", { className: "btn btn-small", attrs: { type: "button" }, on: { click: retry } }, "Retry"),
      );
    }

    busy.hidden = !state.busy && c.kind !== "connecting";
    busy.textContent = state.busy ?? (c.kind === "connecting" ? "Connecting…" : "");

    if (state.toast !== previous?.toast) {
      toast.hidden = !state.toast;
      toast.textContent = state.toast ?? "";
      clearTimeout(toastTimer);
      if (state.toast) toastTimer = setTimeout(dismissToast, 5000);
    }

    const noGraph = c.kind === "ok" && state.lastOverview !== null && state.lastOverview.nodes.length === 0;
    empty.hidden = c.kind !== "empty" && !noGraph;
    if (!empty.hidden && (c.kind !== previous?.connection.kind || empty.childElementCount === 0)) {
      replaceChildren(
        empty,
        el("h2", {}, c.kind === "empty" ? "No articles yet" : "Nothing matches these filters"),
        ...(c.kind === "empty"
          ? INGEST_HELP.map((line, i) => (i === 1 ? el("code", {}, line) : el("p", {}, line)))
          : [el("p", {}, "Widen the outlet or article filter to see the graph.")]),
      );
    }
  }
  render(store.get());
  store.subscribe(render);
}
