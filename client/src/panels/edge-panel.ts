import { isSymmetric } from "../../../domain";
import type { RelationDetail } from "../api";
import { asDate, edgeColor, relationLabel } from "../graph";
import type { Actions, AppState, Store } from "../state";
import { el, panelHeader, replaceChildren } from "./dom";
import { evidenceQuote } from "./evidence-quote";
import { confidenceText } from "./relation-support";

/**
 * A relation's panel, opened by clicking its edge: type and direction, confidence, who reported it, and
 * every evidence sentence with its article, outlet and date; each opens the article at that sentence.
 */
export function mountEdgePanel(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const panel = el("aside", {
    className: "side-panel",
    attrs: { "data-testid": "edge-panel", "aria-label": "Relation details" },
  });
  panel.hidden = true;
  root.append(panel);

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.edge === state.edge &&
      previous.panelCollapsed === state.panelCollapsed &&
      previous.corrections.pending === state.corrections.pending
    )
      return;
    panel.hidden = state.edge === null;
    if (!state.edge) return;
    panel.classList.toggle("collapsed", state.panelCollapsed);
    const { detail, error } = state.edge;
    const title = el(
      "h2",
      { attrs: { "data-testid": "edge-title", tabindex: -1 } },
      detail ? `${detail.source.name} ${relationLabel(detail.edge.type)} ${detail.target.name}` : "Relation",
    );
    const header = panelHeader(title, state.panelCollapsed, actions.togglePanelCollapsed, actions.closeEdge);
    if (state.panelCollapsed) return replaceChildren(panel, header);
    if (error) return replaceChildren(panel, header, el("p", { className: "error" }, error));
    if (!detail) return replaceChildren(panel, header, el("p", { className: "muted" }, "Loading…"));
    replaceChildren(panel, header, facts(detail), review(state, detail), manual(detail), evidence(detail));
  }

  /** What analysts decided about the relation, and Reject / Confirm (each a decision, undone from Corrections). */
  function review(state: AppState, detail: RelationDetail): HTMLElement {
    const props = detail.edge.properties;
    const busy = state.corrections.pending !== null;
    const id = detail.edge.id;
    const rejected = props.rejected === true;
    const action = (label: string, testId: string, title: string, run: () => Promise<boolean>) =>
      el(
        "button",
        {
          className: "btn",
          attrs: { type: "button", "data-testid": testId, title, disabled: busy },
          on: { click: () => void run() },
        },
        label,
      );
    return el(
      "div",
      { className: "row", attrs: { "data-testid": "edge-review", "aria-label": "Review this relation" } },
      rejected
        ? el(
            "span",
            { className: "badge badge-warn", attrs: { "data-testid": "edge-rejected" } },
            [
              "rejected",
              props.rejectedBy && `by ${props.rejectedBy}`,
              props.rejectedAt && `on ${props.rejectedAt.slice(0, 10)}`,
            ]
              .filter(Boolean)
              .join(" "),
          )
        : null,
      props.confirmed === true
        ? el("span", { className: "badge", attrs: { "data-testid": "edge-confirmed" } }, "confirmed")
        : null,
      props.manual === true
        ? el(
            "span",
            {
              className: "badge",
              attrs: {
                "data-testid": "edge-manual",
                title: [props.manualBy && `added by ${props.manualBy}`, props.manualNote].filter(Boolean).join(": "),
              },
            },
            "manual",
          )
        : null,
      rejected
        ? null
        : action("Reject", "edge-reject", "This relation is wrong: hide it everywhere", () => actions.reject(id)),
      rejected || props.confirmed === true
        ? null
        : action("Confirm", "edge-confirm", "This relation is right: confidence 1, kept by every ingest", () =>
            actions.confirm(id),
          ),
    );
  }

  /** A relation added by hand: who added it and when, the note and the sentence given with it. */
  function manual(detail: RelationDetail): HTMLElement | null {
    const props = detail.edge.properties;
    if (props.manual !== true) return null;
    const who = [props.manualBy, props.manualAt && `on ${props.manualAt.slice(0, 10)}`].filter(Boolean).join(" ");
    return el(
      "section",
      { className: "panel-section", attrs: { "data-testid": "edge-manual-details" } },
      el(
        "p",
        { className: "fact", attrs: { "data-testid": "edge-manual-by" } },
        el("span", { className: "muted" }, who ? "Added by hand: " : "Added by hand"),
        who,
      ),
      props.manualNote
        ? el(
            "p",
            { className: "fact", attrs: { "data-testid": "edge-manual-note" } },
            el("span", { className: "muted" }, "Note: "),
            props.manualNote,
          )
        : null,
      props.manualEvidence
        ? el(
            "blockquote",
            { className: "evidence", attrs: { "data-testid": "edge-manual-evidence" } },
            props.manualEvidence,
          )
        : null,
    );
  }

  function facts(detail: RelationDetail): HTMLElement {
    const { edge, source, target } = detail;
    const props = edge.properties;
    const symmetric = isSymmetric(edge.type);
    const entityLink = (id: string, name: string) =>
      el(
        "a",
        {
          attrs: { href: `?node=${encodeURIComponent(id)}` },
          on: { click: (e) => (e.preventDefault(), actions.closeEdge(), void actions.openEntity(id)) },
        },
        name,
      );
    const first = asDate(props.firstSeen);
    const last = asDate(props.lastSeen);
    const confidence = confidenceText(props.confidence);
    const fromArticles = detail.articles > 0;
    return el(
      "div",
      { className: "edge-facts" },
      el(
        "p",
        { className: "relation-head", attrs: { "data-testid": "edge-direction" } },
        entityLink(source.id, source.name),
        el(
          "span",
          { className: "chip", style: { borderColor: edgeColor(edge.type) } },
          `${symmetric ? "—" : ""} ${relationLabel(edge.type)} ${symmetric ? "—" : "→"}`,
        ),
        entityLink(target.id, target.name),
      ),
      el(
        "div",
        { className: "row" },
        confidence ? el("span", { className: "badge", attrs: { "data-testid": "edge-confidence" } }, confidence) : null,
        // A relation no article states was added by hand: its "manual" badge says so, and no outlet reported it.
        fromArticles
          ? el(
              "span",
              { className: "badge" },
              `${detail.evidence.length} sentence${detail.evidence.length === 1 ? "" : "s"} · ${detail.articles} article${detail.articles === 1 ? "" : "s"}`,
            )
          : null,
        fromArticles && detail.singleSource
          ? el(
              "span",
              {
                className: "badge badge-warn",
                attrs: {
                  "data-testid": "edge-single-source",
                  title: "Reported by one outlet only: look for confirmation",
                },
              },
              "single source",
            )
          : null,
        props.negated === true
          ? el("span", { className: "badge", attrs: { title: "The text says this did not happen" } }, "negated")
          : null,
        props.indirect === true ? el("span", { className: "badge" }, "indirect") : null,
      ),
      el(
        "p",
        { className: "fact", attrs: { "data-testid": "edge-outlets" } },
        el("span", { className: "muted" }, "Outlets: "),
        detail.outlets.length > 0 ? detail.outlets.join(", ") : "unknown",
      ),
      first
        ? el(
            "p",
            { className: "fact" },
            el("span", { className: "muted" }, "Reported: "),
            first === last || !last ? first : `${first} – ${last}`,
          )
        : null,
      typeof props.date === "string"
        ? el("p", { className: "fact" }, el("span", { className: "muted" }, "Date in the text: "), props.date)
        : null,
      typeof props.role === "string"
        ? el("p", { className: "fact" }, el("span", { className: "muted" }, "Role: "), props.role)
        : null,
      typeof props.attributedTo === "string"
        ? el("p", { className: "fact" }, el("span", { className: "muted" }, "According to: "), props.attributedTo)
        : null,
    );
  }

  function evidence(detail: RelationDetail): HTMLElement {
    return el(
      "section",
      { className: "panel-section" },
      el("h3", {}, `Evidence (${detail.evidence.length})`),
      ...detail.evidence.map((e) =>
        evidenceQuote(e, actions, {
          testId: "edge-evidence",
          sourceTestId: "edge-evidence-source",
          untitled: (item) => item.article,
        }),
      ),
    );
  }

  render(store.get());
  store.subscribe(render);
}
