import type { ArticleDetail } from "../api";
import type { Actions, AppState, Store, TextSpan } from "../state";
import { button, el, replaceChildren, modalDialog } from "./dom";
import { segmentText, splitAround, type Span } from "./segments";

/**
 * An article with its entity mentions marked (each opens its entity) and, when opened from a piece of
 * evidence, that sentence highlighted and scrolled into the middle of the view. The text is cut into text
 * nodes and <mark>s; whatever markup the article contains is shown literally.
 */
export function mountArticleView(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const { overlay, dialog } = modalDialog(root, {
    tag: "article",
    className: "modal",
    label: "Article",
    testId: "article-view",
    onDismiss: actions.closeArticle,
  });
  // Focused when it opens (not tabbable), so keys scroll the article and Escape reaches the page.
  dialog.tabIndex = -1;

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.article === state.article) return;
    overlay.hidden = state.article === null;
    if (!state.article) return;
    const { detail, error, evidence } = state.article;
    const close = button("×", actions.closeArticle, "btn-icon", "Close (Esc)");
    if (error)
      return replaceChildren(
        dialog,
        el("div", { className: "panel-header" }, el("h2", {}, "Article"), close),
        el("p", { className: "error" }, error),
      );
    if (!detail)
      return replaceChildren(dialog, el("div", { className: "panel-header" }, el("h2", {}, "Loading…"), close));
    replaceChildren(
      dialog,
      el(
        "div",
        { className: "panel-header" },
        el("h2", { attrs: { "data-testid": "article-title" } }, detail.article.title),
        close,
      ),
      meta(detail),
      body(detail, state.focus, evidence),
    );
    dialog.focus({ preventScroll: true });
    const mark = dialog.querySelector<HTMLElement>("[data-testid=evidence-focus]");
    if (mark) mark.scrollIntoView({ block: "center" });
    else dialog.scrollTop = 0;
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

  type Mention = ArticleDetail["mentions"][number];

  function mentionMark(text: string, mention: Mention, focus: string | null): HTMLElement {
    const open = () => {
      actions.closeArticle();
      void actions.openEntity(mention.entity);
    };
    return el(
      "mark",
      {
        className: `mention mention-${mention.label}${mention.entity === focus ? " mention-focus" : ""}`,
        attrs: {
          title: `${mention.name} (${mention.label}): click to open`,
          role: "link",
          tabindex: 0,
          "data-testid": "mention",
          "data-entity": mention.entity,
        },
        on: { click: open, keydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), open()) },
      },
      text,
    );
  }

  /** Appends `text` (which starts at `offset` in the article) with the mentions inside it marked. */
  function marked(
    container: HTMLElement,
    text: string,
    offset: number,
    mentions: Mention[],
    focus: string | null,
  ): void {
    const inside = mentions.filter((m) => m.start >= offset && m.end <= offset + text.length);
    const spans: Span[] = inside.map((m, i) => ({ start: m.start - offset, end: m.end - offset, tag: String(i) }));
    for (const segment of segmentText(text, spans)) {
      container.append(
        segment.span
          ? mentionMark(segment.text, inside[Number(segment.span.tag)], focus)
          : document.createTextNode(segment.text),
      );
    }
  }

  function body(detail: ArticleDetail, focus: string | null, evidence: TextSpan | null): HTMLElement {
    const text = detail.article.text ?? "";
    const container = el("div", { className: "article-text", attrs: { "data-testid": "article-text" } });
    if (!text) {
      container.append(el("p", { className: "muted" }, "The text of this article is not stored."));
      return container;
    }
    const parts = evidence ? splitAround(text, evidence) : null;
    if (!evidence || !parts) {
      marked(container, text, 0, detail.mentions, focus);
      return container;
    }
    marked(container, parts.before, 0, detail.mentions, focus);
    const focusMark = el("mark", { className: "evidence-focus", attrs: { "data-testid": "evidence-focus" } });
    marked(focusMark, parts.inside, evidence.start, detail.mentions, focus);
    container.append(focusMark);
    const after = el("span");
    marked(after, parts.after, evidence.end, detail.mentions, focus);
    container.append(...after.childNodes);
    return container;
  }

  render(store.get());
  store.subscribe(render);
}
