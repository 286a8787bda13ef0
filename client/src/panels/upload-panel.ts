import type { ArticleUpload } from "../api";
import { describeJob, type Actions, type AppState, type Store } from "../state";
import { button, el, replaceChildren, modalDialog } from "./dom";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.json,.jsonl";

/**
 * "Add articles": drop or pick files, or paste a text, and follow the server's ingest job with a line per
 * file and its error; when it is done the new articles' entities are brought into the graph, lit.
 */
export function mountUploadPanel(
  root: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
): { open(): void; close(): void; isOpen(): boolean; button: HTMLElement } {
  const openButton = el(
    "button",
    { className: "btn", attrs: { type: "button", "data-testid": "open-upload", "aria-haspopup": "dialog" } },
    "Add articles",
  );
  const { overlay, dialog } = modalDialog(root, {
    className: "modal upload",
    label: "Add articles",
    testId: "upload-panel",
    onDismiss: () => close(),
  });

  const fileInput = el("input", {
    attrs: {
      type: "file",
      multiple: true,
      accept: ACCEPT,
      "data-testid": "upload-files",
      "aria-label": "Article files",
    },
  });
  const drop = el(
    "div",
    { className: "drop-zone", attrs: { "data-testid": "upload-drop", tabindex: 0 } },
    "Drop article files here (.txt, .md, .html, .json, .jsonl), or ",
    el("label", { className: "link-like" }, "choose files", fileInput),
  );
  const title = el("input", {
    className: "search-input",
    attrs: { type: "text", placeholder: "Title (optional)", "aria-label": "Title", "data-testid": "upload-title" },
  });
  const source = el("input", {
    className: "search-input",
    attrs: { type: "text", placeholder: "Outlet (optional)", "aria-label": "Outlet", "data-testid": "upload-source" },
  });
  const date = el("input", {
    className: "search-input",
    attrs: {
      type: "text",
      placeholder: "Date, e.g. 2024-05-01 (optional)",
      "aria-label": "Date",
      "data-testid": "upload-date",
    },
  });
  const text = el("textarea", {
    className: "search-input",
    attrs: {
      rows: 6,
      placeholder: "…or paste the text of an article",
      "aria-label": "Article text",
      "data-testid": "upload-text",
    },
  });
  const replace = el("input", { attrs: { type: "checkbox", "data-testid": "upload-replace" } });
  const progress = el("div", {
    className: "upload-progress",
    attrs: { "data-testid": "upload-progress", "aria-live": "polite" },
  });
  const sendText = el(
    "button",
    {
      className: "btn btn-primary",
      attrs: { type: "button", "data-testid": "upload-send-text" },
      on: { click: () => sendPasted() },
    },
    "Ingest the text",
  );

  function sendFiles(files: File[]): void {
    if (files.length === 0) return;
    void actions.upload({ files }, replace.checked);
  }

  function sendPasted(): void {
    const body = text.value.trim();
    if (!body) {
      text.focus();
      return;
    }
    const article: ArticleUpload = { text: body };
    if (title.value.trim()) article.title = title.value.trim();
    if (source.value.trim()) article.source = source.value.trim();
    if (date.value.trim()) article.date = date.value.trim();
    void actions.upload({ articles: [article] }, replace.checked);
  }

  fileInput.addEventListener("change", () => sendFiles([...(fileInput.files ?? [])]));
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    sendFiles([...(e.dataTransfer?.files ?? [])]);
  });

  dialog.append(
    el(
      "div",
      { className: "panel-header" },
      el("h2", {}, "Add articles"),
      button("×", close, "btn-icon", "Close (Esc)"),
    ),
    drop,
    el(
      "div",
      { className: "stack" },
      el("div", { className: "row" }, title, source, date),
      text,
      el("div", { className: "row" }, sendText),
    ),
    el(
      "label",
      { className: "check small" },
      replace,
      "Replace stored articles that have the same name (otherwise they are skipped and said so)",
    ),
    progress,
  );

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.upload === state.upload) return;
    const { job, names, error, running } = state.upload;
    sendText.disabled = running;
    fileInput.disabled = running;
    if (!job && !error && !running) return replaceChildren(progress);
    const summary = job
      ? describeJob(job, names)
      : {
          percent: 0,
          headline: "Sending…",
          files: names.map((name) => ({ name, status: "pending", text: "waiting" })),
          articleIds: [],
        };
    replaceChildren(
      progress,
      el(
        "div",
        {
          className: "progress-bar",
          attrs: { role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": summary.percent },
        },
        el("span", { style: { width: `${summary.percent}%` } }),
      ),
      el("p", { attrs: { "data-testid": "upload-headline" } }, error ?? summary.headline),
      el(
        "ul",
        { className: "file-list" },
        ...summary.files.map((f) =>
          el(
            "li",
            { className: `file-${f.status}`, attrs: { "data-testid": "upload-file" } },
            el("strong", {}, f.name),
            " ",
            f.text,
          ),
        ),
      ),
    );
  }

  function open(): void {
    overlay.hidden = false;
    drop.focus();
  }

  function close(): void {
    overlay.hidden = true;
    if (!store.get().upload.running) actions.clearUpload();
  }

  openButton.addEventListener("click", open);
  render(store.get());
  store.subscribe(render);
  return { open, close, isOpen: () => !overlay.hidden, button: openButton };
}
