import { ENTITY_LABELS, type EntityLabel, type RelationType } from "../../../domain";
import type { EntityDetail, EntityRelation } from "../api";
import { LABEL_COLORS, LABEL_NAMES, edgeColor, relationLabel, type ExplorerGraph } from "../graph";
import { EXPAND_PAGE, type Actions, type AppState, type NeighbourOrder, type Store } from "../state";
import { filterEntityDetail, neighbourStatus } from "./detail-filter";
import { button, el, panelHeader, replaceKeepingFocus } from "./dom";
import { evidenceQuote } from "./evidence-quote";
import { articleCount, confidenceText, groupRelations, isSingleSource } from "./relation-support";

const EVIDENCE_SHOWN = 3;
/** With more relation types than this, groups start folded so the panel stays scannable. */
const OPEN_GROUPS_UP_TO = 8;

const ORDER_NAMES: Record<NeighbourOrder, string> = { evidence: "most evidence", recent: "most recent" };

/**
 * The side panel of the focused node: what it is, where it is reported, and its relations with evidence,
 * narrowed by the same filters as the graph. Hidden while a relation's panel is open over it.
 */
export function mountEntityPanel(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  graph: ExplorerGraph,
): void {
  const panel = el("aside", {
    className: "side-panel",
    attrs: { "data-testid": "entity-panel", "aria-label": "Entity details" },
  });
  panel.hidden = true;
  root.append(panel);
  let showUnfiltered = false;
  let shownFor: string | null = null;
  // What the user typed in the correction fields, kept while the panel redraws around them.
  let drafts: { name?: string; label?: string; kind?: string } = {};

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.entity === state.entity &&
      previous.edge === state.edge &&
      previous.expansions === state.expansions &&
      previous.pinned === state.pinned &&
      previous.selection === state.selection &&
      previous.hidden === state.hidden &&
      previous.filters === state.filters &&
      previous.graphVersion === state.graphVersion &&
      previous.panelCollapsed === state.panelCollapsed &&
      previous.corrections.pending === state.corrections.pending
    )
      return;
    panel.hidden = state.entity === null || state.edge !== null;
    if (!state.entity) return;
    const { id, name, detail, error } = state.entity;
    if (shownFor !== id) {
      showUnfiltered = false;
      drafts = {};
    }
    shownFor = id;
    panel.classList.toggle("collapsed", state.panelCollapsed);
    const title = el("h2", { attrs: { "data-testid": "entity-name", tabindex: -1 } }, name ?? id);
    const header = panelHeader(title, state.panelCollapsed, actions.togglePanelCollapsed, actions.closeEntity);
    if (state.panelCollapsed) return replaceKeepingFocus(panel, header);
    if (error) return replaceKeepingFocus(panel, header, el("p", { className: "error" }, error));
    if (!detail) return replaceKeepingFocus(panel, header, el("p", { className: "muted" }, "Loading…"));
    const filtered = filterEntityDetail(detail, state.filters);
    const shown = showUnfiltered ? { ...filtered, articles: detail.articles, relations: detail.relations } : filtered;
    const hiddenCount = filtered.hiddenArticles + filtered.hiddenRelations;
    replaceKeepingFocus(
      panel,
      header,
      summary(detail),
      toolbar(state, id, detail),
      hiddenCount > 0
        ? el(
            "p",
            { className: "filter-note small", attrs: { "data-testid": "panel-filter-note" } },
            showUnfiltered
              ? "Showing everything, including what the filters hide. "
              : `${filtered.hiddenRelations} relation${filtered.hiddenRelations === 1 ? "" : "s"} and ${filtered.hiddenArticles} article${filtered.hiddenArticles === 1 ? "" : "s"} hidden by the filters. `,
            button(
              showUnfiltered ? "Apply the filters" : "Show all",
              () => {
                showUnfiltered = !showUnfiltered;
                render(store.get());
              },
              "btn btn-small",
            ),
          )
        : null,
      articles(shown.articles, detail.articlesTotal),
      relations(shown.relations, detail.relationsTotal),
      corrections(state, detail),
    );
  }

  /** Rename, retype, split an alias off, and add a relation by hand: each a decision (Corrections panel), signed by its author. */
  function corrections(state: AppState, detail: EntityDetail): HTMLElement {
    const { id, name, label, properties } = detail.node;
    const busy = state.corrections.pending !== null;
    const aliases = Array.isArray(properties.aliases) ? (properties.aliases as unknown[]).map(String) : [];
    const kind = typeof properties.kind === "string" ? properties.kind : "";
    const field = (testId: string, ariaLabel: string, value: string, keep: (v: string) => void) =>
      el("input", {
        className: "search-input",
        attrs: { type: "text", value, "aria-label": ariaLabel, "data-testid": testId, maxlength: 300 },
        on: { input: (e) => keep((e.target as HTMLInputElement).value) },
      });
    const nameField = field("rename-name", "New name", drafts.name ?? name, (v) => (drafts.name = v));
    const kindField = field("retype-kind", "Kind (optional)", drafts.kind ?? kind, (v) => (drafts.kind = v));
    const labelSelect = el(
      "select",
      {
        className: "select",
        attrs: { "aria-label": "Entity type", "data-testid": "retype-label" },
        on: { change: (e) => (drafts.label = (e.target as HTMLSelectElement).value) },
      },
      ...ENTITY_LABELS.map((l) =>
        el("option", { attrs: { value: l, selected: (drafts.label ?? label) === l } }, LABEL_NAMES[l]),
      ),
    );
    const done = (made: boolean) => {
      if (made) drafts = {};
    };
    const rename = () => {
      const next = nameField.value.trim();
      if (next && next !== name) void actions.rename(id, next).then(done);
    };
    nameField.addEventListener("keydown", (e) => e.key === "Enter" && rename());
    return el(
      "section",
      {
        className: "panel-section",
        attrs: { "data-testid": "entity-corrections", "aria-label": "Correct this entity" },
      },
      el("h3", {}, "Correct"),
      el(
        "div",
        { className: "row" },
        nameField,
        el(
          "button",
          {
            className: "btn",
            attrs: { type: "button", "data-testid": "rename", disabled: busy },
            on: { click: rename },
          },
          "Rename",
        ),
      ),
      el(
        "div",
        { className: "row" },
        labelSelect,
        kindField,
        el(
          "button",
          {
            className: "btn",
            attrs: { type: "button", "data-testid": "retype", disabled: busy },
            on: {
              click: () =>
                void actions
                  .retype(id, labelSelect.value as EntityLabel, kindField.value.trim() || undefined)
                  .then(done),
            },
          },
          "Retype",
        ),
      ),
      label !== "Article"
        ? el(
            "button",
            {
              className: "btn",
              attrs: {
                type: "button",
                "data-testid": "add-relation-open",
                title: "A relation the articles do not state: add it by hand, with a note",
                disabled: busy,
              },
              on: { click: () => actions.proposeAddRelation({ id, name, label }) },
            },
            "Add relation…",
          )
        : null,
      aliases.length > 0
        ? el(
            "ul",
            { className: "correction-list", attrs: { "aria-label": "Aliases" } },
            ...aliases.map((alias) =>
              el(
                "li",
                { attrs: { "data-testid": "alias" } },
                alias,
                " ",
                el(
                  "button",
                  {
                    className: "btn btn-small",
                    attrs: {
                      type: "button",
                      "aria-label": `Split off “${alias}”`,
                      title: "This alias names another entity: make it one of its own",
                      disabled: busy,
                    },
                    on: { click: () => void actions.split(id, alias) },
                  },
                  "Split off",
                ),
              ),
            ),
          )
        : null,
    );
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
      el(
        "span",
        {
          className: "chip",
          style: { borderColor: LABEL_COLORS[detail.node.label] },
          attrs: { "data-testid": "entity-label" },
        },
        LABEL_NAMES[detail.node.label],
      ),
      aliases.length > 0
        ? el("p", { className: "aliases" }, el("span", { className: "muted" }, "Also: "), aliases.join(", "))
        : null,
      ...facts
        .filter(([, v]) => typeof v === "string" && v)
        .map(([k, v]) => el("p", { className: "fact" }, el("span", { className: "muted" }, `${k}: `), String(v))),
    );
  }

  /** "Expand" and its paging, which says how it ranks and how many neighbours are still off the graph. */
  function toolbar(state: AppState, id: string, detail: EntityDetail): HTMLElement {
    const expansion = state.expansions[id];
    const types = [...new Set(detail.relations.map((r) => r.type))].sort();
    const typeSelect = el(
      "select",
      { className: "select", attrs: { "aria-label": "Expand by relation type", "data-testid": "expand-type" } },
      el("option", { attrs: { value: "" } }, "all relation types"),
      ...types.map((t) => el("option", { attrs: { value: t, selected: expansion?.type === t } }, relationLabel(t))),
    );
    const orderSelect = el(
      "select",
      { className: "select", attrs: { "aria-label": "Rank neighbours by", "data-testid": "expand-order" } },
      ...(["evidence", "recent"] as const).map((o) =>
        el("option", { attrs: { value: o, selected: (expansion?.order ?? "evidence") === o } }, `by ${ORDER_NAMES[o]}`),
      ),
    );
    const pick = () => ({
      type: (typeSelect.value || undefined) as RelationType | undefined,
      order: orderSelect.value as NeighbourOrder,
    });
    const status = neighbourStatus(detail, (other) => graph.hasNode(other) && !state.hidden.includes(other));
    const statusText = !status.complete
      ? `${detail.relationsTotal} relations; ${status.notShown} of the ${status.known} best-supported neighbours not on the graph`
      : status.notShown === 0
        ? `All ${status.known} neighbour${status.known === 1 ? "" : "s"} on the graph`
        : `${status.notShown} of ${status.known} neighbours not on the graph`;
    const pinned = state.pinned.includes(id);
    const selected = state.selection.includes(id);
    const more = expansion && expansion.more > 0 && (status.notShown > 0 || !status.complete);
    return el(
      "div",
      { className: "panel-actions" },
      el(
        "div",
        { className: "row" },
        el(
          "button",
          {
            className: "btn btn-primary",
            attrs: { type: "button", "data-testid": "expand" },
            on: { click: () => void actions.expand(id, pick().type, pick().order) },
          },
          expansion ? "Expand again" : "Expand neighbours",
        ),
        typeSelect,
        orderSelect,
      ),
      el("p", { className: "small muted", attrs: { "data-testid": "neighbour-status" } }, statusText),
      more
        ? el(
            "button",
            {
              className: "btn",
              attrs: { type: "button", "data-testid": "expand-more" },
              on: { click: () => void actions.expand(id, expansion.type, expansion.order) },
            },
            `More: next ${Math.min(EXPAND_PAGE, expansion.more)} of ${expansion.more} by ${ORDER_NAMES[expansion.order]}`,
          )
        : null,
      el(
        "div",
        { className: "row" },
        button("Hide", () => actions.hide(id), "btn", "Remove from the view"),
        button(
          pinned ? "Unpin" : "Pin",
          () => actions.togglePin(id),
          "btn",
          "Keep this node where it is during layout",
        ),
        button(
          selected ? "Deselect" : "Select",
          () => actions.toggleSelect(id, true),
          "btn",
          "Add to the selection (for export, or to merge two entities)",
        ),
        button(
          "Path from here",
          () => actions.setPathEnd("from", id, detail.node.name),
          "btn",
          "Find how this connects to another entity",
        ),
      ),
    );
  }

  function articles(list: EntityDetail["articles"], total: number | undefined): HTMLElement {
    return el(
      "section",
      { className: "panel-section" },
      el("h3", {}, `Articles (${list.length}${total !== undefined && total > list.length ? ` of ${total}` : ""})`),
      el(
        "ul",
        { className: "article-list", attrs: { "data-testid": "entity-articles" } },
        ...list.slice(0, 30).map((a) =>
          el(
            "li",
            {},
            el(
              "a",
              {
                attrs: { href: `#article=${encodeURIComponent(a.id)}` },
                on: { click: (e) => (e.preventDefault(), void actions.openArticle(a.id)) },
              },
              a.title,
            ),
            el("span", { className: "muted small" }, [a.source, a.date].filter(Boolean).join(" · ")),
          ),
        ),
      ),
    );
  }

  function relations(list: EntityRelation[], total: number | undefined): HTMLElement {
    const groups = groupRelations(list);
    return el(
      "section",
      { className: "panel-section", attrs: { "data-testid": "relations" } },
      el("h3", {}, `Relations (${list.length}${total !== undefined && total > list.length ? ` of ${total}` : ""})`),
      ...groups.map(([type, items]) =>
        el(
          "details",
          { className: "relation-group", attrs: { open: groups.length <= OPEN_GROUPS_UP_TO } },
          el(
            "summary",
            {},
            el("span", { className: "line", style: { background: edgeColor(items[0].type) } }),
            `${relationLabel(items[0].type)} (${items.length})`,
          ),
          ...items.map((r) => relationItem(r, type)),
        ),
      ),
    );
  }

  function relationItem(relation: EntityRelation, type: string): HTMLElement {
    const count = articleCount(relation);
    const arrow = relation.direction === "out" ? "→" : "←";
    const total = relation.evidenceTotal ?? relation.evidence.length;
    const confidence = confidenceText(relation.edge.properties.confidence);
    return el(
      "div",
      { className: "relation", attrs: { "data-relation-type": type } },
      el(
        "div",
        { className: "relation-head" },
        el("span", { className: "muted" }, arrow),
        el(
          "a",
          {
            attrs: { href: `?node=${encodeURIComponent(relation.other.id)}` },
            on: { click: (e) => (e.preventDefault(), void actions.openEntity(relation.other.id)) },
          },
          relation.other.name,
        ),
        el(
          "span",
          { className: "badge", attrs: { title: "articles · outlets reporting it" } },
          `${count} art. · ${relation.outlets} outlet${relation.outlets === 1 ? "" : "s"}`,
        ),
        confidence
          ? el(
              "span",
              { className: "badge", attrs: { title: "extraction confidence", "data-testid": "confidence" } },
              confidence,
            )
          : null,
        isSingleSource(relation)
          ? el(
              "span",
              {
                className: "badge badge-warn",
                attrs: { "data-testid": "single-source", title: "Reported by one outlet only" },
              },
              "single source",
            )
          : null,
        relation.edge.properties.negated === true ? el("span", { className: "badge" }, "negated") : null,
        relation.edge.properties.rejected === true
          ? el("span", { className: "badge badge-warn", attrs: { "data-testid": "relation-rejected" } }, "rejected")
          : null,
        relation.edge.properties.confirmed === true ? el("span", { className: "badge" }, "confirmed") : null,
        relation.edge.properties.manual === true ? el("span", { className: "badge" }, "manual") : null,
        button(
          "details",
          () => void actions.openEdge(relation.edge.id),
          "btn btn-small link-button",
          "The relation with every evidence sentence",
        ),
      ),
      ...relation.evidence
        .slice(0, EVIDENCE_SHOWN)
        .map((e) => evidenceQuote(e, actions, { testId: "evidence", untitled: () => "article" })),
      total > EVIDENCE_SHOWN
        ? button(
            `Show all ${total} sentences`,
            () => void actions.openEdge(relation.edge.id),
            "btn btn-small",
            "Open the relation with every evidence sentence",
          )
        : null,
    );
  }

  render(store.get());
  store.subscribe(render);
}
