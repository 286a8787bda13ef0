import type { EntityDetail, EntityRelation } from "../api";
import { LABEL_COLORS, edgeColor, relationLabel } from "../graph/styling";
import type { Actions, AppState, Store } from "../state";
import { button, el, replaceChildren } from "./dom";
import { articleCount, groupRelations, isSingleSource } from "./relation-support";

const EVIDENCE_SHOWN = 3;
/** With more relation types than this, groups start folded so the panel stays scannable. */
const OPEN_GROUPS_UP_TO = 8;

/** The side panel of the focused node: what it is, where it is reported, and its relations with evidence. */
export function mountEntityPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const panel = el("aside", { className: "side-panel", attrs: { "data-testid": "entity-panel", "aria-label": "Entity details" } });
  panel.hidden = true;
  root.append(panel);

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.entity === state.entity &&
      previous.expansions === state.expansions &&
      previous.pinned === state.pinned &&
      previous.selection === state.selection &&
      previous.hidden === state.hidden
    )
      return;
    panel.hidden = state.entity === null;
    if (!state.entity) return;
    const { id, name, detail, error } = state.entity;
    const header = el("div", { className: "panel-header" }, el("h2", { attrs: { "data-testid": "entity-name" } }, name ?? id), button("×", actions.closeEntity, "btn-icon", "Close"));
    if (error) return replaceChildren(panel, header, el("p", { className: "error" }, error));
    if (!detail) return replaceChildren(panel, header, el("p", { className: "muted" }, "Loading…"));
    replaceChildren(panel, header, summary(detail), toolbar(state, id, detail), articles(detail), relations(detail));
  }

  function summary(detail: EntityDetail): HTMLElement {
    const props = detail.node.properties;
    const aliases = Array.isArray(props.aliases) ? (props.aliases as unknown[]).map(String) : [];
    const facts: [string, unknown][] = [
      ["Kind", props.kind],
      ["Date", props.date],
      ["Place", props.place],
    ];
    return el(
      "div",
      { className: "entity-summary" },
      el("span", { className: "chip", style: { borderColor: LABEL_COLORS[detail.node.label] }, attrs: { "data-testid": "entity-label" } }, detail.node.label),
      aliases.length > 0 ? el("p", { className: "aliases" }, el("span", { className: "muted" }, "Also: "), aliases.join(", ")) : null,
      ...facts.filter(([, v]) => typeof v === "string" && v).map(([k, v]) => el("p", { className: "fact" }, el("span", { className: "muted" }, `${k}: `), String(v))),
    );
  }

  function toolbar(state: AppState, id: string, detail: EntityDetail): HTMLElement {
    const expansion = state.expansions[id];
    const types = [...new Set(detail.relations.map((r) => r.type))].sort();
    const typeSelect = el(
      "select",
      { className: "select", attrs: { "aria-label": "Expand by relation type", "data-testid": "expand-type" } },
      el("option", { attrs: { value: "" } }, "all relation types"),
      ...types.map((t) => el("option", { attrs: { value: t } }, relationLabel(t))),
    );
    const pinned = state.pinned.includes(id);
    const selected = state.selection.includes(id);
    return el(
      "div",
      { className: "panel-actions" },
      el(
        "div",
        { className: "row" },
        el("button", { className: "btn btn-primary", attrs: { type: "button", "data-testid": "expand" }, on: { click: () => void actions.expand(id, typeSelect.value || undefined) } }, expansion ? "Expand again" : "Expand neighbours"),
        typeSelect,
      ),
      expansion && expansion.more > 0
        ? el("button", { className: "btn", attrs: { type: "button", "data-testid": "expand-more" }, on: { click: () => void actions.expand(id, expansion.type) } }, `More (${expansion.more} not shown)`)
        : null,
      el(
        "div",
        { className: "row" },
        button("Hide", () => actions.hide(id), "btn", "Remove from the view"),
        button(pinned ? "Unpin" : "Pin", () => actions.togglePin(id), "btn", "Keep this node where it is during layout"),
        button(selected ? "Deselect" : "Select", () => actions.toggleSelect(id, true), "btn", "Add to the selection (for export)"),
        button("Path from here", () => actions.setPathEnd("from", id, detail.node.name), "btn", "Find how this connects to another entity"),
      ),
    );
  }

  function articles(detail: EntityDetail): HTMLElement {
    return el(
      "section",
      { className: "panel-section" },
      el("h3", {}, `Articles (${detail.articles.length})`),
      el(
        "ul",
        { className: "article-list" },
        ...detail.articles.slice(0, 30).map((a) =>
          el(
            "li",
            {},
            el("a", { attrs: { href: `#article=${encodeURIComponent(a.id)}` }, on: { click: (e) => (e.preventDefault(), void actions.openArticle(a.id)) } }, a.title),
            el("span", { className: "muted small" }, [a.source, a.date].filter(Boolean).join(" · ")),
          ),
        ),
      ),
    );
  }

  function relations(detail: EntityDetail): HTMLElement {
    const groups = groupRelations(detail.relations);
    return el(
      "section",
      { className: "panel-section", attrs: { "data-testid": "relations" } },
      el("h3", {}, `Relations (${detail.relations.length})`),
      ...groups.map(([type, items]) =>
        el(
          "details",
          { className: "relation-group", attrs: { open: groups.length <= OPEN_GROUPS_UP_TO } },
          el("summary", {}, el("span", { className: "line", style: { background: edgeColor(items[0].type) } }), `${relationLabel(items[0].type)} (${items.length})`),
          ...items.map((r) => relationItem(r, type)),
        ),
      ),
    );
  }

  function relationItem(relation: EntityRelation, type: string): HTMLElement {
    const count = articleCount(relation);
    const arrow = relation.direction === "out" ? "→" : "←";
    return el(
      "div",
      { className: "relation", attrs: { "data-relation-type": type } },
      el(
        "div",
        { className: "relation-head" },
        el("span", { className: "muted" }, arrow),
        el("a", { attrs: { href: `?node=${encodeURIComponent(relation.other.id)}` }, on: { click: (e) => (e.preventDefault(), void actions.openEntity(relation.other.id)) } }, relation.other.name),
        el("span", { className: "badge", attrs: { title: "articles · outlets reporting it" } }, `${count} art. · ${relation.outlets} outlet${relation.outlets === 1 ? "" : "s"}`),
        isSingleSource(relation) ? el("span", { className: "badge badge-warn", attrs: { "data-testid": "single-source", title: "Reported by one outlet only" } }, "single source") : null,
        relation.edge.properties.negated === true ? el("span", { className: "badge" }, "negated") : null,
      ),
      ...relation.evidence.slice(0, EVIDENCE_SHOWN).map((e) =>
        el(
          "blockquote",
          { className: "evidence", attrs: { "data-testid": "evidence" } },
          el("p", {}, e.sentence),
          el("a", { className: "small", attrs: { href: `#article=${encodeURIComponent(e.article)}` }, on: { click: (ev) => (ev.preventDefault(), void actions.openArticle(e.article)) } }, [e.title ?? "article", e.source, e.date].filter(Boolean).join(" · ")),
        ),
      ),
      relation.evidence.length > EVIDENCE_SHOWN ? el("p", { className: "muted small" }, `+ ${relation.evidence.length - EVIDENCE_SHOWN} more sentences`) : null,
    );
  }

  render(store.get());
  store.subscribe(render);
}
