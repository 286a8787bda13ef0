import type { SearchResult } from "../api";
import { LABEL_COLORS } from "../graph/styling";
import { debounce, el, replaceChildren } from "./dom";

export interface SearchBoxOptions {
  placeholder: string;
  search: (q: string) => Promise<SearchResult[]>;
  onChoose: (result: SearchResult) => void;
  testId: string;
  /** The box's accessible name, where no visible label names it. */
  label?: string;
}

/** A text box with server-side autocomplete; arrow keys and Enter work as in any combobox. */
export function createSearchBox(options: SearchBoxOptions): {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
} {
  const input = el("input", {
    className: "search-input",
    attrs: {
      type: "search",
      placeholder: options.placeholder,
      autocomplete: "off",
      role: "combobox",
      "aria-expanded": "false",
      "aria-label": options.label,
      "data-testid": options.testId,
    },
  });
  const list = el("ul", {
    className: "search-results",
    attrs: { role: "listbox", "data-testid": `${options.testId}-results` },
  });
  list.hidden = true;
  let results: SearchResult[] = [];
  let active = -1;
  let latest = 0;

  function close(): void {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function choose(result: SearchResult): void {
    input.value = result.name;
    close();
    options.onChoose(result);
  }

  function render(): void {
    replaceChildren(
      list,
      ...(results.length === 0
        ? [el("li", { className: "search-empty" }, "No match")]
        : results.map((r, i) =>
            el(
              "li",
              {
                className: i === active ? "active" : "",
                attrs: { role: "option", "aria-selected": i === active },
                on: { mousedown: (e) => (e.preventDefault(), choose(r)) },
              },
              el("span", { className: "dot", style: { background: LABEL_COLORS[r.label] } }),
              el("span", { className: "result-name" }, r.name),
              el("span", { className: "result-label" }, r.label),
              r.aliases.length > 0
                ? el("span", { className: "result-aliases" }, r.aliases.slice(0, 3).join(", "))
                : null,
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  const lookup = debounce(async (q: string) => {
    const ticket = ++latest;
    try {
      const found = await options.search(q);
      if (ticket !== latest) return;
      results = found;
      active = found.length > 0 ? 0 : -1;
      render();
    } catch {
      if (ticket === latest) close();
    }
  }, 180);

  input.addEventListener("input", () => {
    const q = input.value.trim();
    if (q.length < 2) {
      latest++;
      close();
      return;
    }
    lookup(q);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + results.length) % Math.max(results.length, 1);
      render();
    } else if (event.key === "Enter" && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape") {
      // Only the list closes: the page's own Escape (closing panels) waits for the next press.
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  return {
    element: el("div", { className: "search-box" }, input, list),
    input,
    setValue: (text) => (input.value = text),
  };
}
