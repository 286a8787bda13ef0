import { deleteView, listViews, saveView, type KeyValueStorage, type SavedView } from "../state";
import { button, el, replaceChildren } from "./dom";

export interface ShareOptions {
  /** Writes the current view into the address bar now and returns the full link. */
  link(): string;
  storage: KeyValueStorage;
  notify(message: string): void;
}

/**
 * "Share": the link to the current view (positions, camera, filters, expansions, selection, path) with a
 * copy button, and named views kept in this browser's local storage.
 */
export function mountSharePanel(
  root: HTMLElement,
  options: ShareOptions,
): { toggle(open?: boolean): void; isOpen(): boolean } {
  const toggleButton = el(
    "button",
    {
      className: "btn",
      attrs: { type: "button", "data-testid": "share", "aria-haspopup": "dialog", "aria-expanded": "false" },
    },
    "Share",
  );
  const popover = el("div", {
    className: "popover",
    attrs: { role: "dialog", "aria-label": "Share this view", "data-testid": "share-panel" },
  });
  popover.hidden = true;
  const linkInput = el("input", {
    className: "search-input",
    attrs: { type: "text", readonly: true, "aria-label": "Link to this view", "data-testid": "share-link" },
  });
  const nameInput = el("input", {
    className: "search-input",
    attrs: {
      type: "text",
      placeholder: "Name this view…",
      "aria-label": "View name",
      "data-testid": "view-name",
      maxlength: 80,
    },
  });
  const list = el("ul", { className: "view-list", attrs: { "data-testid": "saved-views" } });

  async function copy(): Promise<void> {
    linkInput.value = options.link();
    linkInput.select();
    try {
      await navigator.clipboard.writeText(linkInput.value);
      options.notify("Link copied.");
    } catch {
      // Without clipboard permission the link stays selected in the box, ready for Ctrl+C.
      options.notify("Press Ctrl+C to copy the selected link.");
    }
  }

  function save(): void {
    const name = nameInput.value.trim();
    if (!name) return nameInput.focus();
    const full = new URL(options.link());
    renderList(saveView(options.storage, name, `${full.search}${full.hash}`));
    nameInput.value = "";
    options.notify(`View "${name}" saved in this browser.`);
  }

  function renderList(views: SavedView[]): void {
    replaceChildren(
      list,
      ...(views.length === 0
        ? [el("li", { className: "muted small" }, "No saved views yet.")]
        : views.map((view) =>
            el(
              "li",
              { attrs: { "data-testid": "saved-view" } },
              el(
                "a",
                {
                  attrs: {
                    href: `${window.location.pathname}${view.link}`,
                    title: `Saved ${view.savedAt.slice(0, 16).replace("T", " ")}`,
                  },
                },
                view.name,
              ),
              button(
                "×",
                () => renderList(deleteView(options.storage, view.name)),
                "btn-icon",
                `Delete "${view.name}"`,
              ),
            ),
          )),
    );
  }

  popover.append(
    el("h3", {}, "Link to this view"),
    el(
      "div",
      { className: "row" },
      linkInput,
      el(
        "button",
        {
          className: "btn btn-primary",
          attrs: { type: "button", "data-testid": "copy-link" },
          on: { click: () => void copy() },
        },
        "Copy link",
      ),
    ),
    el(
      "p",
      { className: "small muted" },
      "Opens with the same nodes, positions, camera, filters, selection and path. A Cypher query in it is shown, not run.",
    ),
    el("h3", {}, "Saved views (this browser)"),
    el(
      "div",
      { className: "row" },
      nameInput,
      el(
        "button",
        { className: "btn", attrs: { type: "button", "data-testid": "save-view" }, on: { click: save } },
        "Save",
      ),
    ),
    list,
  );
  nameInput.addEventListener("keydown", (e) => e.key === "Enter" && save());

  function toggle(open = popover.hidden): void {
    popover.hidden = !open;
    toggleButton.setAttribute("aria-expanded", String(open));
    if (!open) return;
    linkInput.value = options.link();
    renderList(listViews(options.storage));
    linkInput.select();
  }
  toggleButton.addEventListener("click", () => toggle());
  root.append(el("div", { className: "popover-anchor" }, toggleButton, popover));
  return { toggle, isOpen: () => !popover.hidden };
}
