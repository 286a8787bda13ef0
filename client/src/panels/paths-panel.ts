import type { Actions, AppState, Store } from "../state";
import { el, replaceChildren } from "./dom";
import { createSearchBox } from "./search-box";

/** "How are these two connected?": two entity pickers and the shortest paths drawn highlighted. */
export function mountPathsPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const from = createSearchBox({
    placeholder: "From…",
    search: actions.search,
    onChoose: (r) => actions.setPathEnd("from", r.id, r.name),
    testId: "path-from",
  });
  const to = createSearchBox({
    placeholder: "To…",
    search: actions.search,
    onChoose: (r) => actions.setPathEnd("to", r.id, r.name),
    testId: "path-to",
  });
  const go = el(
    "button",
    {
      className: "btn",
      attrs: { type: "button", "data-testid": "path-run" },
      on: { click: () => void actions.findPaths() },
    },
    "Find paths",
  );
  const status = el("div", {
    className: "small muted",
    attrs: { "data-testid": "path-status", "aria-live": "polite" },
  });
  root.append(
    el(
      "section",
      { className: "card", attrs: { "aria-label": "Paths" } },
      el("h3", {}, "Connect two entities"),
      from.element,
      to.element,
      go,
      status,
    ),
  );

  store.subscribe((state, previous) => {
    if (state.paths === previous.paths) return;
    const p = state.paths;
    if (p.from?.id !== previous.paths.from?.id && p.from) from.setValue(p.from.name);
    if (p.to?.id !== previous.paths.to?.id && p.to) to.setValue(p.to.name);
    go.disabled = !p.from || !p.to || p.running;
    const text = p.running
      ? "Searching…"
      : p.error
        ? p.error
        : p.found === null
          ? ""
          : p.found === 0
            ? "No path within 4 hops."
            : `${p.found} shortest path${p.found === 1 ? "" : "s"} highlighted.`;
    replaceChildren(status, text);
  });
  go.disabled = true;
}
