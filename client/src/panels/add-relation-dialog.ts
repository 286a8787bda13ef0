import type { EntityLabel, RelationType } from "../../../domain";
import type { SearchResult } from "../api";
import { LABEL_NAMES, relationLabel } from "../graph";
import type { Actions, AppState, Store } from "../state";
import { button, el, replaceChildren, modalDialog } from "./dom";
import { otherEnd, otherEndLabels, otherEndProblem, typesFitting, type RelationEnd } from "./relation-fit";
import { createSearchBox } from "./search-box";

const DIRECTIONS: RelationEnd[] = ["source", "target"];

/**
 * "Add relation…" in an entity's panel: which end the entity is on, a relation type that fits its label
 * there, the other entity (found by search, refused in words when its label does not fit), an optional note
 * and evidence sentence. Sent as an `add` decision; the relation is marked manual and undone from Corrections.
 */
export function mountAddRelationDialog(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
): { isOpen(): boolean; close(): void } {
  const { overlay, dialog } = modalDialog(root, {
    className: "modal add-relation",
    label: "Add a relation",
    testId: "add-relation",
    onDismiss: actions.cancelAddRelation,
  });
  const status = el("p", { attrs: { role: "status", "aria-live": "polite", "data-testid": "add-relation-status" } });
  let send: HTMLButtonElement | null = null;
  let ready = () => false;

  function showStatus(state: AppState): void {
    const { error, pending } = state.corrections;
    status.textContent = error ?? pending ?? "";
    status.className = error ? "error" : "muted small";
    if (send) send.disabled = pending !== null || !ready();
  }

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.corrections === state.corrections) return;
    const { addingFrom } = state.corrections;
    const wasOpen = !overlay.hidden;
    overlay.hidden = addingFrom === null;
    if (!addingFrom) return;
    // Only the status changed: keep what the user chose and typed.
    if (wasOpen && previous?.corrections.addingFrom === addingFrom) return showStatus(state);
    open(addingFrom);
    showStatus(state);
  }

  function open(self: { id: string; name: string; label: EntityLabel }): void {
    // A place is never a source: its dialog starts, and stays, on the end some type allows.
    const fitting = (d: RelationEnd) => typesFitting(self.label, d).length > 0;
    let end: RelationEnd = fitting("source") ? "source" : "target";
    let other: SearchResult | null = null;

    const typeSelect = el("select", {
      className: "select",
      attrs: { "aria-label": "Relation type", "data-testid": "add-relation-type" },
      on: { change: () => otherChanged(other) },
    });
    const fillTypes = () => {
      const previous = typeSelect.value;
      const types = typesFitting(self.label, end);
      replaceChildren(
        typeSelect,
        ...types.map((t) => el("option", { attrs: { value: t, selected: t === previous } }, relationLabel(t))),
      );
    };
    const type = () => typeSelect.value as RelationType;

    const wanted = el("p", { className: "muted small", attrs: { "data-testid": "add-relation-wanted" } });
    const chosen = el("p", { className: "small", attrs: { "data-testid": "add-relation-other-chosen" } });
    const problem = el("p", { className: "error", attrs: { role: "alert", "data-testid": "add-relation-problem" } });
    const search = createSearchBox({
      placeholder: "Search the other entity…",
      search: actions.search,
      onChoose: (result) => otherChanged(result),
      testId: "add-relation-other",
      label: "Other entity",
    });

    /** The other entity was chosen, or the type or direction changed under it: it is kept only if it fits. */
    function otherChanged(candidate: SearchResult | null): void {
      wanted.textContent = `The ${otherEnd(end)} of “${relationLabel(type())}” is one of: ${otherEndLabels(type(), end)
        .map((l) => LABEL_NAMES[l])
        .join(", ")}.`;
      const refused = candidate ? otherEndProblem(type(), end, self.id, candidate) : undefined;
      problem.textContent = refused ?? "";
      problem.hidden = refused === undefined;
      other = refused ? null : candidate;
      if (refused) search.setValue("");
      chosen.textContent = other
        ? end === "source"
          ? `${self.name} ${relationLabel(type())} ${other.name}`
          : `${other.name} ${relationLabel(type())} ${self.name}`
        : "";
      showStatus(store.get());
    }
    ready = () => other !== null;

    const directions = DIRECTIONS.map((d) =>
      el(
        "label",
        { className: "radio" },
        el("input", {
          attrs: { type: "radio", name: "add-relation-end", value: d, checked: d === end, disabled: !fitting(d) },
          on: {
            change: () => {
              end = d;
              fillTypes();
              otherChanged(other);
            },
          },
        }),
        `${self.name} is the ${d}`,
        fitting(d)
          ? null
          : el("span", { className: "muted small" }, ` (no relation type takes a ${LABEL_NAMES[self.label]} here)`),
      ),
    );
    const note = el("textarea", {
      className: "search-input",
      attrs: { rows: 2, "aria-label": "Note (optional)", maxlength: 2000 },
    });
    const evidence = el("textarea", {
      className: "search-input",
      attrs: { rows: 2, "aria-label": "Evidence sentence (optional)", maxlength: 2000 },
    });
    send = el(
      "button",
      {
        className: "btn btn-primary",
        attrs: { type: "button", "data-testid": "add-relation-confirm" },
        on: {
          click: () => {
            if (!other) return;
            const [source, target] = end === "source" ? [self.id, other.id] : [other.id, self.id];
            void actions.addRelation({
              source,
              type: type(),
              target,
              note: note.value.trim(),
              evidence: evidence.value.trim(),
            });
          },
        },
      },
      "Add relation",
    );
    fillTypes();
    otherChanged(null);
    replaceChildren(
      dialog,
      el(
        "div",
        { className: "panel-header" },
        el("h2", {}, `Add a relation to ${self.name}`),
        button("×", actions.cancelAddRelation, "btn-icon", "Close (Esc)"),
      ),
      el("fieldset", { className: "stack" }, el("legend", {}, "Direction"), ...directions),
      el("label", { className: "stack small" }, "Relation type", typeSelect),
      el("div", { className: "stack small" }, "Other entity", search.element, wanted, problem, chosen),
      el("label", { className: "stack small" }, "Note (optional)", note),
      el("label", { className: "stack small" }, "Evidence sentence (optional)", evidence),
      status,
      el("div", { className: "row" }, send, button("Cancel", actions.cancelAddRelation)),
    );
    typeSelect.focus();
  }

  render(store.get());
  store.subscribe(render);
  return { isOpen: () => store.get().corrections.addingFrom !== null, close: actions.cancelAddRelation };
}
