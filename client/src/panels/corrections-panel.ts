import type { Decision } from "../../../domain";
import type { DuplicateSuggestion } from "../api";
import { LABEL_NAMES, type ExplorerGraph } from "../graph";
import { defaultSurvivor, type Actions, type AppState, type Store } from "../state";
import { DECISION_KIND_NAMES, describeDecision, describeReason } from "./decision-words";
import { button, download, el, replaceKeepingFocus, modalDialog } from "./dom";

/** A decision's time as the list shows it: minutes are enough, and UTC reads the same for the whole team. */
function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * The Corrections panel: who signs the decisions, the possible duplicates (merge or dismiss each pair), and
 * every decision newest first with its undo; decisions are exported as a JSON file and imported from one.
 */
export function mountCorrectionsPanel(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  graph: ExplorerGraph,
): { button: HTMLElement; isOpen(): boolean; close(): void } {
  const openButton = el(
    "button",
    {
      className: "btn",
      attrs: { type: "button", "data-testid": "open-corrections", "aria-haspopup": "dialog" },
      on: { click: () => actions.toggleCorrections() },
    },
    "Corrections",
  );
  const { overlay, dialog } = modalDialog(root, {
    className: "modal corrections",
    label: "Corrections",
    testId: "corrections-panel",
    onDismiss: () => actions.toggleCorrections(false),
  });

  // Names seen on the graph this session, so a decision about an entity merged away still reads with its name.
  const known = new Map<string, string>();
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : known.get(id));

  const authorInput = el("input", {
    className: "search-input",
    attrs: { type: "text", "aria-label": "Your name", "data-testid": "corrections-author", maxlength: 200 },
    on: {
      change: () => {
        if (authorInput.value.trim() !== store.get().corrections.author) actions.setAuthor(authorInput.value);
      },
    },
  });
  const fileInput = el("input", {
    attrs: { type: "file", accept: ".json,application/json", "aria-label": "Decisions file to import" },
    on: {
      change: () => {
        const file = fileInput.files?.[0];
        fileInput.value = "";
        if (file) void file.text().then((text) => actions.importDecisions(text));
      },
    },
  });
  fileInput.hidden = true;

  // The name field stays in place across redraws: moving a focused field would blur it under the user's typing.
  const status = el("p", { attrs: { "data-testid": "corrections-status", role: "status", "aria-live": "polite" } });
  const lists = el("div");
  dialog.append(
    el(
      "div",
      { className: "panel-header" },
      el("h2", {}, "Corrections"),
      button("×", () => actions.toggleCorrections(false), "btn-icon", "Close (Esc)"),
    ),
    el(
      "label",
      { className: "stack small" },
      "Your name (every correction says who made it; kept in this browser)",
      authorInput,
    ),
    status,
    lists,
    fileInput,
  );

  async function exportFile(): Promise<void> {
    const file = await actions.exportDecisions();
    if (file) download(file.blob, file.fileName);
  }

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.corrections === state.corrections && previous.graphVersion === state.graphVersion) return;
    graph.forEachNode((id, attrs) => known.set(id, attrs.label));
    const { open, author, decisions, duplicates, pending, error, notice } = state.corrections;
    const wasOpen = !overlay.hidden;
    overlay.hidden = !open;
    openButton.setAttribute("aria-expanded", String(open));
    if (!open) return;
    if (document.activeElement !== authorInput) authorInput.value = author;
    status.textContent = error ?? pending ?? notice ?? "";
    status.className = error ? "error" : "muted small";
    replaceKeepingFocus(lists, duplicatesSection(duplicates), decisionsSection(decisions, pending !== null));
    if (!wasOpen) (author ? dialog.querySelector<HTMLElement>("button") : authorInput)?.focus();
  }

  function duplicatesSection(duplicates: DuplicateSuggestion[] | null): HTMLElement {
    return el(
      "section",
      { className: "panel-section", attrs: { "aria-label": "Possible duplicates" } },
      el(
        "div",
        { className: "row" },
        el("h3", {}, `Possible duplicates${duplicates ? ` (${duplicates.length})` : ""}`),
        button("Refresh", () => void actions.loadDuplicates(), "btn btn-small", "Ask the server again"),
      ),
      itemList(duplicates, "No pair looks like one entity.", "duplicates", duplicateItem),
    );
  }

  /** A list still loading (null), empty, or its items. */
  function itemList<T>(items: T[] | null, empty: string, testId: string, item: (x: T) => HTMLElement): HTMLElement {
    if (items === null) return el("p", { className: "muted small" }, "Loading…");
    if (items.length === 0) return el("p", { className: "muted small" }, empty);
    return el("ul", { className: "correction-list", attrs: { "data-testid": testId } }, ...items.map(item));
  }

  function duplicateItem(suggestion: DuplicateSuggestion): HTMLElement {
    const [a, b] = suggestion.entities;
    const intoId = defaultSurvivor([a.id, b.id], (id) => (id === a.id ? a.degree : b.degree));
    const [from, into] = intoId === a.id ? [b, a] : [a, b];
    const pair = `${a.name} and ${b.name}`;
    return el(
      "li",
      { attrs: { "data-testid": "duplicate", "aria-label": pair } },
      el("strong", {}, a.name),
      " · ",
      el("strong", {}, b.name),
      el("span", { className: "muted small" }, ` ${LABEL_NAMES[a.label]}, ${Math.round(suggestion.score * 100)}%`),
      el("div", { className: "small muted" }, suggestion.reasons.map(describeReason).join("; ")),
      el(
        "div",
        { className: "row" },
        el(
          "button",
          {
            className: "btn btn-small",
            attrs: { type: "button", "aria-label": `Merge ${from.name} into ${into.name}` },
            on: { click: () => void actions.merge(from.id, into.id) },
          },
          `Merge into ${into.name}`,
        ),
        el(
          "button",
          {
            className: "btn btn-small",
            attrs: { type: "button", "aria-label": `Not duplicates: ${pair}` },
            on: { click: () => void actions.dismiss([a.id, b.id]) },
          },
          "Dismiss",
        ),
      ),
    );
  }

  function decisionsSection(decisions: Decision[] | null, busy: boolean): HTMLElement {
    return el(
      "section",
      { className: "panel-section", attrs: { "aria-label": "Decisions" } },
      el(
        "div",
        { className: "row" },
        el("h3", {}, `Decisions${decisions ? ` (${decisions.length})` : ""}`),
        button("Export", () => void exportFile(), "btn btn-small", "Download every decision as a JSON file"),
        button("Import…", () => fileInput.click(), "btn btn-small", "Apply the decisions of an exported file"),
      ),
      itemList(decisions, "No corrections yet.", "decisions", (d) => decisionItem(d, busy)),
    );
  }

  function decisionItem(decision: Decision, busy: boolean): HTMLElement {
    const words = describeDecision(decision, nameOf);
    return el(
      "li",
      { attrs: { "data-testid": "decision", "data-kind": decision.kind } },
      el("span", { className: "badge" }, DECISION_KIND_NAMES[decision.kind]),
      " ",
      el("span", { attrs: { "data-testid": "decision-text" } }, words),
      el("div", { className: "muted small" }, `${decision.author} · ${shortTime(decision.at)}`),
      decision.note ? el("div", { className: "small" }, `“${decision.note}”`) : null,
      el(
        "button",
        {
          className: "btn btn-small",
          attrs: { type: "button", "aria-label": `Undo: ${words}`, disabled: busy },
          on: { click: () => void actions.undo(decision) },
        },
        "Undo",
      ),
    );
  }

  render(store.get());
  store.subscribe(render);
  return {
    button: openButton,
    isOpen: () => store.get().corrections.open,
    close: () => actions.toggleCorrections(false),
  };
}
