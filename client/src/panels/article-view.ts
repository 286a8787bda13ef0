import type { ArticleDetail } from "../api";
import type { Actions, AppState, Store } from "../state";
import { button, el, replaceChildren } from "./dom";
import { segmentText, type Span } from "./segments";

/**
 * An article with its entity mentions marked. The text is cut into text nodes and <mark>s; whatever markup
 * the article contains is shown literally.
 */
export function mountArticleView(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const overlay = el("div", { className: "modal-backdrop", on: { click: (e) => e.target === overlay && actions.closeArticle() } });
  const dialog = el("article", { className: "modal", attrs: { role: "dialog", "aria-modal": "true", "data-testid": "article-view" } });
  overlay.append(dialog);
  overlay.hidden = true;
  root.append(overlay);
  document.addEventListener("keydown", (e) => e.key === "Escape" && !overlay.hidden && actions.closeArticle());

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.article === state.article) return;
    overlay.hidden = state.article === null;
    if (!state.article) return;
    const { detail, error } = state.article;
    const close = button("×", actions.closeArticle, "btn-icon", "Close");
    if (error) return replaceChildren(dialog, el("div", { className: "panel-header" }, el("h2", {}, "Article"), close), el("p", { className: "error" }, error));
    if (!detail) return replaceChildren(dialog, el("div", { className: "panel-header" }, el("h2", {}, "Loading…"), close));
    replaceChildren(dialog, el("div", { className: "panel-header" }, el("h2", { attrs: { "data-testid": "article-title" } }, detail.article.title), close), meta(detail), body(detail, state.focus));
  }

  function meta(detail: ArticleDetail): HTMLElement {
    const { source, date, authors, url } = detail.article;
    const safeUrl = url && /^https?:\/\//i.test(url) ? url : null;
    return el(
      "p",
      { className: "muted" },
      [source, date, authors?.join(", ")].filter(Boolean).join(" · "),
      safeUrl ? " · " : null,
      safeUrl ? el("a", { attrs: { href: safeUrl, target: "_blank", rel: "noopener noreferrer" } }, "original") : null,
    );
  }

  function body(detail: ArticleDetail, focus: string | null): HTMLElement {
    const text = detail.article.text ?? "";
    const spans: Span[] = detail.mentions.map((m) => ({ start: m.start, end: m.end, tag: m.entity === focus ? "focus" : m.label, title: `${m.name} (${m.label})` }));
    const container = el("div", { className: "article-text", attrs: { "data-testid": "article-text" } });
    for (const segment of segmentText(text, spans)) {
      if (!segment.span) container.append(document.createTextNode(segment.text));
      else
        container.append(
          el("mark", { className: `mention mention-${segment.span.tag}`, attrs: { title: segment.span.title } }, segment.text),
        );
    }
    if (!text) container.append(el("p", { className: "muted" }, "The text of this article is not stored."));
    return container;
  }

  render(store.get());
  store.subscribe(render);
}
