import type { EvidenceItem } from "../api";
import type { Actions } from "../state";
import { el } from "./dom";

/** How a panel marks its evidence for tests, and what names an article without a title. */
export interface EvidenceQuoteOptions {
  testId: string;
  sourceTestId?: string;
  untitled: (item: EvidenceItem) => string;
}

/** One evidence sentence, with a link that opens its article scrolled to it. */
export function evidenceQuote(item: EvidenceItem, actions: Actions, options: EvidenceQuoteOptions): HTMLElement {
  const span = item.start !== undefined && item.end !== undefined ? { start: item.start, end: item.end } : null;
  return el(
    "blockquote",
    { className: "evidence", attrs: { "data-testid": options.testId } },
    el("p", {}, item.sentence),
    el(
      "a",
      {
        className: "small",
        attrs: { href: `#article=${encodeURIComponent(item.article)}`, "data-testid": options.sourceTestId },
        on: { click: (ev) => (ev.preventDefault(), void actions.openArticle(item.article, span)) },
      },
      [item.title ?? options.untitled(item), item.source, item.date].filter(Boolean).join(" · "),
    ),
  );
}
