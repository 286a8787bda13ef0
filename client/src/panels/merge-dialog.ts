import { LABEL_NAMES, type ExplorerGraph } from "../graph";
import { defaultSurvivor, type Actions, type AppState, type Store } from "../state";
import { button, el, replaceChildren, modalDialog } from "./dom";

/**
 * "Merge…" on two selected nodes: which one survives (the better-connected by default), an optional note,
 * and what the merge does, in words, before it is sent.
 */
export function mountMergeDialog(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  graph: ExplorerGraph,
): { isOpen(): boolean; close(): void } {
  const { overlay, dialog } = modalDialog(root, {
    className: "modal merge",
    label: "Merge entities",
    testId: "merge-dialog",
    onDismiss: actions.cancelMerge,
  });

  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.corrections === state.corrections) return;
    const { mergePair, error, pending } = state.corrections;
    const wasOpen = !overlay.hidden;
    overlay.hidden = mergePair === null;
    if (!mergePair) return;
    if (wasOpen && previous?.corrections.mergePair === mergePair) {
      // Only the status changed: keep what the user chose and typed.
      status.textContent = error ?? pending ?? "";
      status.className = error ? "error" : "muted small";
      const send = dialog.querySelector<HTMLButtonElement>('[data-testid="merge-confirm"]');
      if (send) send.disabled = pending !== null;
      return;
    }
    let into = defaultSurvivor(mergePair, (id) => (graph.hasNode(id) ? graph.degree(id) : 0));
    const note = el("textarea", {
      className: "search-input",
      attrs: { rows: 2, "aria-label": "Note (optional)", "data-testid": "merge-note", maxlength: 2000 },
    });
    const explanation = el("p", { className: "small", attrs: { "data-testid": "merge-explanation" } });
    const explain = () => {
      const from = mergePair.find((id) => id !== into)!;
      explanation.textContent = `${nameOf(from)} goes: ${nameOf(into)} keeps its name as an alias, its mentions and its relations. Undo from the Corrections panel.`;
    };
    const choices = mergePair.map((id) => {
      const degree = graph.hasNode(id) ? graph.degree(id) : 0;
      const label = graph.hasNode(id) ? LABEL_NAMES[graph.getNodeAttribute(id, "nodeLabel")] : "";
      return el(
        "label",
        { className: "radio" },
        el("input", {
          attrs: { type: "radio", name: "merge-survivor", value: id, checked: id === into },
          on: {
            change: () => {
              into = id;
              explain();
            },
          },
        }),
        `Keep ${nameOf(id)}`,
        el("span", { className: "muted small" }, ` ${label}, ${degree} relation${degree === 1 ? "" : "s"} shown`),
      );
    });
    explain();
    status.textContent = error ?? pending ?? "";
    status.className = error ? "error" : "muted small";
    const merge = el(
      "button",
      {
        className: "btn btn-primary",
        attrs: { type: "button", "data-testid": "merge-confirm" },
        on: {
          click: () => {
            const from = mergePair.find((id) => id !== into)!;
            void actions.merge(from, into, note.value.trim());
          },
        },
      },
      "Merge",
    );
    replaceChildren(
      dialog,
      el(
        "div",
        { className: "panel-header" },
        el("h2", {}, "Merge two entities"),
        button("×", actions.cancelMerge, "btn-icon", "Close (Esc)"),
      ),
      el("fieldset", { className: "stack" }, el("legend", {}, "Which one stays?"), ...choices),
      explanation,
      el("label", { className: "stack small" }, "Note (optional)", note),
      status,
      el("div", { className: "row" }, merge, button("Cancel", actions.cancelMerge)),
    );
    merge.focus();
  }

  const status = el("p", { attrs: { role: "status", "aria-live": "polite", "data-testid": "merge-status" } });
  render(store.get());
  store.subscribe(render);
  return { isOpen: () => store.get().corrections.mergePair !== null, close: actions.cancelMerge };
}
