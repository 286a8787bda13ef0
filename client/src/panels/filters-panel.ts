import {
  ENTITY_LABELS,
  RELATION_CATEGORIES,
  RELATION_CATEGORY,
  RELATION_TYPES,
  type NodeLabel,
  type RelationType,
} from "../../../domain";
import {
  CATEGORY_COLORS,
  CATEGORY_LABELS,
  LABEL_COLORS,
  LABEL_NAMES,
  RELATION_COLORS,
  asDate,
  countLoaded,
  dateBounds,
  histogram,
  relationLabel,
  relationSpan,
  stepIndex,
  timeSteps,
  type ExplorerGraph,
  type LoadedCounts,
  type TimeStep,
} from "../graph";
import type { Actions, AppState, Store } from "../state";
import { el, replaceKeepingFocus } from "./dom";

const MAX_DEGREE_SLIDER = 10;
const PLAY_STEP_MS = 900;
const HISTOGRAM_HEIGHT = 36;

/**
 * Filters on the visible graph (labels, relation types, time, minimum degree), each option with its count
 * on the loaded graph; the outlet/article scope that reloads from the server; and what colour and size mean.
 * Rebuilt on change, keeping the keyboard focus where it was; sliders commit on release.
 */
export function mountFiltersPanel(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  graph: ExplorerGraph,
): void {
  const box = el("section", {
    className: "filters card",
    attrs: { "data-testid": "filters", "aria-label": "Filters" },
  });
  root.append(box);
  let playing: ReturnType<typeof setInterval> | undefined;

  function render(state: AppState, previous?: AppState): void {
    if (
      previous &&
      previous.filters === state.filters &&
      previous.stats === state.stats &&
      previous.dateBounds === state.dateBounds &&
      previous.catalogue === state.catalogue &&
      previous.colorMode === state.colorMode &&
      previous.sizeMetric === state.sizeMetric &&
      previous.graphVersion === state.graphVersion
    )
      return;
    const counts = countLoaded(graph);
    replaceKeepingFocus(
      box,
      el("h3", {}, "Show"),
      labels(state, counts),
      el("h3", {}, "Relations"),
      types(state, counts),
      el("h3", {}, "Scope"),
      scope(state),
      timeFilter(state),
      degree(state),
      el("h3", {}, "Appearance"),
      appearance(state),
    );
  }

  function labels(state: AppState, counts: LoadedCounts): HTMLElement {
    const chosen = new Set(state.filters.labels);
    return el(
      "div",
      { className: "checks" },
      ...ENTITY_LABELS.map((label) =>
        check(
          LABEL_NAMES[label],
          counts.labels[label] ?? 0,
          chosen.has(label),
          LABEL_COLORS[label],
          (on) => {
            const next = ENTITY_LABELS.filter((l) => (l === label ? on : chosen.has(l))) as NodeLabel[];
            // Article nodes only come from Cypher results; keep them whenever they were on.
            void actions.setFilters({ labels: chosen.has("Article") ? [...next, "Article"] : next });
          },
          `filter-label-${label}`,
        ),
      ),
    );
  }

  /** Only the types the loaded graph holds (or that the user turned off), grouped by category. */
  function types(state: AppState, counts: LoadedCounts): HTMLElement {
    const chosen = new Set(state.filters.types);
    const setTypes = (next: RelationType[]) =>
      void actions.setFilters({ types: RELATION_TYPES.filter((t) => next.includes(t)) });
    const groups = RELATION_CATEGORIES.flatMap((category) => {
      const members = RELATION_TYPES.filter((t) => RELATION_CATEGORY[t] === category);
      const listed = members.filter((t) => (counts.types[t] ?? 0) > 0 || !chosen.has(t));
      if (listed.length === 0) return [];
      const allOn = members.every((t) => chosen.has(t));
      const total = listed.reduce((n, t) => n + (counts.types[t] ?? 0), 0);
      return [
        el(
          "details",
          { className: "type-group" },
          el(
            "summary",
            {},
            el("input", {
              attrs: {
                type: "checkbox",
                checked: allOn,
                "aria-label": `all ${CATEGORY_LABELS[category]}`,
                "data-testid": `filter-category-${category}`,
              },
              on: {
                click: (e) => e.stopPropagation(),
                change: (e) =>
                  setTypes(
                    (e.target as HTMLInputElement).checked
                      ? [...chosen, ...members]
                      : [...chosen].filter((t) => !members.includes(t)),
                  ),
              },
            }),
            el("span", { className: "line", style: { background: CATEGORY_COLORS[category] } }),
            CATEGORY_LABELS[category],
            el("span", { className: "count" }, String(total)),
          ),
          ...listed.map((type) =>
            check(
              relationLabel(type),
              counts.types[type] ?? 0,
              chosen.has(type),
              RELATION_COLORS[type],
              (on) => setTypes(on ? [...chosen, type] : [...chosen].filter((t) => t !== type)),
              `filter-type-${type}`,
              "line",
            ),
          ),
        ),
      ];
    });
    return el(
      "div",
      { className: "type-groups" },
      ...(groups.length > 0 ? groups : [el("p", { className: "small muted" }, "No relations loaded.")]),
    );
  }

  function scope(state: AppState): HTMLElement {
    const { sources, articles } = state.catalogue;
    const perSource = new Map<string, number>();
    for (const a of articles) if (a.source) perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
    const source = el(
      "select",
      {
        className: "select",
        attrs: { "aria-label": "Outlet", "data-testid": "filter-source" },
        on: { change: (e) => void actions.setFilters({ source: (e.target as HTMLSelectElement).value || undefined }) },
      },
      el("option", { attrs: { value: "" } }, `All outlets (${sources.length})`),
      ...sources.map((s) =>
        el("option", { attrs: { value: s, selected: state.filters.source === s } }, `${s} (${perSource.get(s) ?? 0})`),
      ),
    );
    const article = el(
      "select",
      {
        className: "select",
        attrs: { "aria-label": "Article", "data-testid": "filter-article" },
        on: { change: (e) => void actions.setFilters({ article: (e.target as HTMLSelectElement).value || undefined }) },
      },
      el("option", { attrs: { value: "" } }, `All articles (${state.stats?.articles ?? articles.length})`),
      ...articles.map((a) =>
        el(
          "option",
          { attrs: { value: a.id, selected: state.filters.article === a.id } },
          [a.title, a.date].filter(Boolean).join(" · "),
        ),
      ),
    );
    const rejected = el(
      "label",
      { className: "check small", attrs: { title: "Relations an analyst rejected, drawn grey and marked" } },
      el("input", {
        attrs: { type: "checkbox", checked: state.filters.includeRejected, "data-testid": "filter-rejected" },
        on: { change: (e) => void actions.setFilters({ includeRejected: (e.target as HTMLInputElement).checked }) },
      }),
      "Show rejected relations",
    );
    return el("div", { className: "stack" }, source, article, rejected);
  }

  /** Dates of what the time range judges, on the loaded graph: events by date, relations by first report. */
  function datedItems(state: AppState): string[] {
    const dates: string[] = [];
    if (state.filters.timeEvents) {
      graph.forEachNode((_, a) => {
        const date = a.nodeLabel === "Event" ? asDate(a.properties.date) : undefined;
        if (date) dates.push(date);
      });
    }
    if (state.filters.timeRelations) {
      graph.forEachEdge((_, a) => {
        const span = relationSpan(a.properties);
        if (span) dates.push(span[0]);
      });
    }
    return dates;
  }

  function timeFilter(state: AppState): HTMLElement | null {
    const range = dateBounds([
      state.stats?.eventDates?.min,
      state.stats?.eventDates?.max,
      state.dateBounds?.min,
      state.dateBounds?.max,
    ]);
    if (!range) return null;
    const steps = timeSteps(range.min, range.max);
    if (steps.length < 2) return null;
    const last = steps.length - 1;
    const { filters } = state;
    const fromIndex = filters.from ? Math.max(0, stepIndex(steps, filters.from)) : 0;
    const toIndex = filters.to ? stepIndex(steps, filters.to) : last;
    const counts = histogram(steps, datedItems(state));
    const readoutText = (a: number, b: number) => `${steps[a].label} – ${steps[b].label}`;
    const readout = el(
      "div",
      { className: "small muted", attrs: { "data-testid": "date-readout", "aria-live": "polite" } },
      readoutText(fromIndex, toIndex < 0 ? last : toIndex),
    );
    const slider = (value: number, label: string, testId: string) =>
      el("input", {
        className: "range",
        attrs: { type: "range", min: 0, max: last, value, "aria-label": label, "data-testid": testId },
      });
    const from = slider(fromIndex, "From", "date-from");
    const to = slider(toIndex < 0 ? last : toIndex, "To", "date-to");
    const indices = () => [Math.min(+from.value, +to.value), Math.max(+from.value, +to.value)];
    const bars = histogramBars(counts, indices());
    const update = () => {
      const [a, b] = indices();
      readout.textContent = readoutText(a, b);
      paintBars(bars, [a, b]);
    };
    const commit = () => {
      const [a, b] = indices();
      setRange(steps, a, b);
    };
    for (const input of [from, to]) {
      input.addEventListener("input", update);
      input.addEventListener("change", commit);
    }
    const toggle = (text: string, checked: boolean, testId: string, patch: (on: boolean) => Partial<typeof filters>) =>
      el(
        "label",
        { className: "check small" },
        el("input", {
          attrs: { type: "checkbox", checked, "data-testid": testId },
          on: { change: (e) => void actions.setFilters(patch((e.target as HTMLInputElement).checked)) },
        }),
        text,
      );
    const play = el(
      "button",
      {
        className: "btn btn-small",
        attrs: { type: "button", "data-testid": "time-play", title: "Step the range through time" },
        on: { click: () => (playing ? stopPlaying() : startPlaying(steps)) },
      },
      playing ? "■ Stop" : "▶ Play",
    );
    return el(
      "div",
      { className: "stack time-filter" },
      el("div", { className: "row time-head" }, el("h3", { className: "inline" }, "Time"), play),
      el("span", { className: "small muted" }, "The range applies to:"),
      toggle("event dates", filters.timeEvents, "time-events", (on) => ({ timeEvents: on })),
      toggle("relation dates (first–last reported)", filters.timeRelations, "time-relations", (on) => ({
        timeRelations: on,
      })),
      toggle("keep undated events and relations", filters.keepUndated, "time-undated", (on) => ({ keepUndated: on })),
      bars,
      from,
      to,
      readout,
    );
  }

  function setRange(steps: TimeStep[], a: number, b: number): void {
    const last = steps.length - 1;
    void actions.setFilters({ from: a === 0 ? undefined : steps[a].from, to: b === last ? undefined : steps[b].to });
  }

  /** Moves the chosen window one step at a time to the end (from the first step when no range is set). */
  function startPlaying(steps: TimeStep[]): void {
    const last = steps.length - 1;
    const { from, to } = store.get().filters;
    let a = from ? Math.max(0, stepIndex(steps, from)) : 0;
    let b = to ? Math.max(a, stepIndex(steps, to)) : last;
    if (a === 0 && b === last) b = 0;
    setRange(steps, a, b);
    playing = setInterval(() => {
      if (b >= last) return stopPlaying();
      a += 1;
      b += 1;
      setRange(steps, a, b);
    }, PLAY_STEP_MS);
    render(store.get());
  }

  function stopPlaying(): void {
    clearInterval(playing);
    playing = undefined;
    render(store.get());
  }

  function degree(state: AppState): HTMLElement {
    const readout = el("span", { className: "small muted" }, String(state.filters.minDegree));
    const input = el("input", {
      className: "range",
      attrs: {
        type: "range",
        min: 0,
        max: MAX_DEGREE_SLIDER,
        value: state.filters.minDegree,
        "aria-label": "Minimum number of relations",
        "data-testid": "min-degree",
      },
      on: {
        input: (e) => (readout.textContent = (e.target as HTMLInputElement).value),
        change: (e) => void actions.setFilters({ minDegree: Number((e.target as HTMLInputElement).value) }),
      },
    });
    return el(
      "div",
      { className: "stack" },
      el("label", { className: "small" }, "At least this many relations: ", readout),
      input,
    );
  }

  function appearance(state: AppState): HTMLElement {
    const radio = (name: string, value: string, checked: boolean, text: string, onPick: () => void) =>
      el(
        "label",
        { className: "radio" },
        el("input", {
          attrs: { type: "radio", name, value, checked, "data-testid": `${name}-${value}` },
          on: { change: onPick },
        }),
        text,
      );
    return el(
      "div",
      { className: "stack" },
      el(
        "div",
        { className: "row" },
        el("span", { className: "small muted" }, "Colour by"),
        radio("color", "label", state.colorMode === "label", "entity type", () => actions.setColorMode("label")),
        radio("color", "community", state.colorMode === "community", "community", () =>
          actions.setColorMode("community"),
        ),
      ),
      el(
        "div",
        { className: "row" },
        el("span", { className: "small muted" }, "Size by"),
        radio("size", "degree", state.sizeMetric === "degree", "relations", () => actions.setSizeMetric("degree")),
        radio("size", "pagerank", state.sizeMetric === "pagerank", "PageRank", () => actions.setSizeMetric("pagerank")),
      ),
    );
  }

  render(store.get());
  store.subscribe(render);
}

/** A bar per step, scaled to the busiest; the chosen range is lit. */
function histogramBars(counts: number[], range: number[]): HTMLElement {
  const max = Math.max(1, ...counts);
  const bars = el(
    "div",
    {
      className: "histogram",
      attrs: {
        "data-testid": "time-histogram",
        role: "img",
        "aria-label": `Dated items per step: ${counts.join(", ")}`,
      },
    },
    ...counts.map((n) =>
      el("span", {
        className: "bar",
        attrs: { title: `${n}`, "data-count": n },
        style: { height: `${Math.round((HISTOGRAM_HEIGHT * n) / max)}px`, width: `${100 / counts.length}%` },
      }),
    ),
  );
  paintBars(bars, range);
  return bars;
}

function paintBars(bars: HTMLElement, [a, b]: number[]): void {
  [...bars.children].forEach((bar, i) => bar.classList.toggle("in-range", i >= a && i <= b));
}

function check(
  text: string,
  count: number,
  checked: boolean,
  color: string | null,
  onToggle: (on: boolean) => void,
  testId: string,
  shape: "dot" | "line" = "dot",
): HTMLElement {
  return el(
    "label",
    { className: `check${count === 0 ? " empty" : ""}` },
    el("input", {
      attrs: { type: "checkbox", checked, "data-testid": testId },
      on: { change: (e) => onToggle((e.target as HTMLInputElement).checked) },
    }),
    color ? el("span", { className: shape, style: { background: color } }) : null,
    el("span", { className: "check-text" }, text),
    el("span", { className: "count" }, String(count)),
  );
}
