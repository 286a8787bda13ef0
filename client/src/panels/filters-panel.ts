import { ENTITY_LABELS, RELATION_CATEGORIES, RELATION_CATEGORY, RELATION_TYPES, type NodeLabel, type RelationType } from "../../../domain";
import { CATEGORY_COLORS, CATEGORY_LABELS, LABEL_COLORS, dateBounds, monthsBetween, relationLabel } from "../graph";
import type { Actions, AppState, Store } from "../state";
import { el, replaceChildren } from "./dom";

const MAX_DEGREE_SLIDER = 10;

/**
 * Filters on the visible graph (labels, relation types, dates, minimum degree), the outlet/article scope that
 * reloads from the server, and the colour/size modes. Rebuilt on change; sliders commit on release.
 */
export function mountFiltersPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const box = el("section", { className: "filters card", attrs: { "data-testid": "filters", "aria-label": "Filters" } });
  root.append(box);

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.filters === state.filters &&
      previous.stats === state.stats &&
      previous.dateBounds === state.dateBounds &&
      previous.catalogue === state.catalogue &&
      previous.colorMode === state.colorMode &&
      previous.sizeMetric === state.sizeMetric
    )
      return;
    replaceChildren(box, el("h3", {}, "Show"), labels(state), el("h3", {}, "Relations"), types(state), el("h3", {}, "Scope"), scope(state), timeSlider(state), degree(state), el("h3", {}, "Appearance"), appearance(state));
  }

  function labels(state: AppState): HTMLElement {
    const chosen = new Set(state.filters.labels);
    return el(
      "div",
      { className: "checks" },
      ...ENTITY_LABELS.map((label) =>
        check(label, chosen.has(label), LABEL_COLORS[label], (on) => {
          const next = ENTITY_LABELS.filter((l) => (l === label ? on : chosen.has(l))) as NodeLabel[];
          // Article nodes only come from Cypher results; keep them whenever they were on.
          void actions.setFilters({ labels: chosen.has("Article") ? [...next, "Article"] : next });
        }, `filter-label-${label}`),
      ),
    );
  }

  function types(state: AppState): HTMLElement {
    const chosen = new Set(state.filters.types);
    const setTypes = (next: RelationType[]) => void actions.setFilters({ types: RELATION_TYPES.filter((t) => next.includes(t)) });
    return el(
      "div",
      { className: "type-groups" },
      ...RELATION_CATEGORIES.map((category) => {
        const members = RELATION_TYPES.filter((t) => RELATION_CATEGORY[t] === category);
        const allOn = members.every((t) => chosen.has(t));
        return el(
          "details",
          { className: "type-group" },
          el(
            "summary",
            {},
            el("input", {
              attrs: { type: "checkbox", checked: allOn, "aria-label": `all ${CATEGORY_LABELS[category]}`, "data-testid": `filter-category-${category}` },
              on: { click: (e) => e.stopPropagation(), change: (e) => setTypes((e.target as HTMLInputElement).checked ? [...chosen, ...members] : [...chosen].filter((t) => !members.includes(t))) },
            }),
            el("span", { className: "line", style: { background: CATEGORY_COLORS[category] } }),
            CATEGORY_LABELS[category],
          ),
          ...members.map((type) =>
            check(relationLabel(type), chosen.has(type), null, (on) => setTypes(on ? [...chosen, type] : [...chosen].filter((t) => t !== type)), `filter-type-${type}`),
          ),
        );
      }),
    );
  }

  function scope(state: AppState): HTMLElement {
    const { sources, articles } = state.catalogue;
    const source = el(
      "select",
      { className: "select", attrs: { "aria-label": "Outlet", "data-testid": "filter-source" }, on: { change: (e) => void actions.setFilters({ source: (e.target as HTMLSelectElement).value || undefined }) } },
      el("option", { attrs: { value: "" } }, "All outlets"),
      ...sources.map((s) => el("option", { attrs: { value: s, selected: state.filters.source === s } }, s)),
    );
    const article = el(
      "select",
      { className: "select", attrs: { "aria-label": "Article", "data-testid": "filter-article" }, on: { change: (e) => void actions.setFilters({ article: (e.target as HTMLSelectElement).value || undefined }) } },
      el("option", { attrs: { value: "" } }, "All articles"),
      ...articles.map((a) => el("option", { attrs: { value: a.id, selected: state.filters.article === a.id } }, a.title)),
    );
    return el("div", { className: "stack" }, source, article);
  }

  function timeSlider(state: AppState): HTMLElement | null {
    const range = dateBounds([state.stats?.eventDates?.min, state.stats?.eventDates?.max, state.dateBounds?.min, state.dateBounds?.max]);
    if (!range) return null;
    const months = monthsBetween(range.min, range.max);
    if (months.length < 2) return null;
    const last = months.length - 1;
    const fromIndex = state.filters.from ? Math.max(0, months.indexOf(state.filters.from.slice(0, 7))) : 0;
    const toIndex = state.filters.to ? Math.max(0, months.indexOf(state.filters.to.slice(0, 7))) : last;
    const readout = el("div", { className: "small muted", attrs: { "data-testid": "date-readout" } }, `${months[fromIndex]} – ${months[toIndex === -1 ? last : toIndex]}`);
    const slider = (value: number, label: string, testId: string) =>
      el("input", { className: "range", attrs: { type: "range", min: 0, max: last, value, "aria-label": label, "data-testid": testId } });
    const from = slider(fromIndex, "From month", "date-from");
    const to = slider(toIndex, "To month", "date-to");
    const indices = () => [Math.min(+from.value, +to.value), Math.max(+from.value, +to.value)];
    const update = () => {
      const [a, b] = indices();
      readout.textContent = `${months[a]} – ${months[b]}`;
    };
    const commit = () => {
      const [a, b] = indices();
      void actions.setFilters({ from: a === 0 ? undefined : months[a], to: b === last ? undefined : months[b] });
    };
    for (const input of [from, to]) {
      input.addEventListener("input", update);
      input.addEventListener("change", commit);
    }
    return el("div", { className: "stack" }, el("label", { className: "small" }, "Event dates"), from, to, readout);
  }

  function degree(state: AppState): HTMLElement {
    const readout = el("span", { className: "small muted" }, String(state.filters.minDegree));
    const input = el("input", {
      className: "range",
      attrs: { type: "range", min: 0, max: MAX_DEGREE_SLIDER, value: state.filters.minDegree, "aria-label": "Minimum degree", "data-testid": "min-degree" },
      on: { input: (e) => (readout.textContent = (e.target as HTMLInputElement).value), change: (e) => void actions.setFilters({ minDegree: Number((e.target as HTMLInputElement).value) }) },
    });
    return el("div", { className: "stack" }, el("label", { className: "small" }, "Minimum degree ", readout), input);
  }

  function appearance(state: AppState): HTMLElement {
    const radio = (name: string, value: string, checked: boolean, text: string, onPick: () => void) =>
      el("label", { className: "radio" }, el("input", { attrs: { type: "radio", name, value, checked, "data-testid": `${name}-${value}` }, on: { change: onPick } }), text);
    return el(
      "div",
      { className: "stack" },
      el("div", { className: "row" }, el("span", { className: "small muted" }, "Colour"), radio("color", "label", state.colorMode === "label", "label", () => actions.setColorMode("label")), radio("color", "community", state.colorMode === "community", "community", () => actions.setColorMode("community"))),
      el("div", { className: "row" }, el("span", { className: "small muted" }, "Size"), radio("size", "degree", state.sizeMetric === "degree", "degree", () => actions.setSizeMetric("degree")), radio("size", "pagerank", state.sizeMetric === "pagerank", "PageRank", () => actions.setSizeMetric("pagerank"))),
    );
  }

  render(store.get());
  store.subscribe(render);
}

function check(text: string, checked: boolean, color: string | null, onToggle: (on: boolean) => void, testId: string): HTMLElement {
  return el(
    "label",
    { className: "check" },
    el("input", { attrs: { type: "checkbox", checked, "data-testid": testId }, on: { change: (e) => onToggle((e.target as HTMLInputElement).checked) } }),
    color ? el("span", { className: "dot", style: { background: color } }) : null,
    text,
  );
}
