/**
 * The only way panels build DOM: strings always become text nodes, attributes are set one by one and
 * event handlers are functions. There is deliberately no way to pass HTML, so server text stays inert.
 */
type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Set through the CSSOM, which a strict style-src policy does not block. */
  style?: { background?: string; borderColor?: string; width?: string; height?: string };
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`el: attribute ${name} refused, pass handlers through "on"`);
    element.setAttribute(name, value === true ? "" : String(value));
  }
  if (props.style?.background) element.style.background = props.style.background;
  if (props.style?.borderColor) element.style.borderColor = props.style.borderColor;
  if (props.style?.width) element.style.width = props.style.width;
  if (props.style?.height) element.style.height = props.style.height;
  for (const [type, handler] of Object.entries(props.on ?? {}))
    element.addEventListener(type, handler as EventListener);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function button(label: string, onClick: () => void, className = "btn", title?: string): HTMLButtonElement {
  return el("button", { className, attrs: { type: "button", title }, on: { click: () => onClick() } }, label);
}

/** The header of a side panel: its title, a fold toggle and a close button. */
export function panelHeader(
  title: HTMLElement,
  collapsed: boolean,
  onToggle: () => void,
  onClose: () => void,
): HTMLElement {
  return el(
    "div",
    { className: "panel-header" },
    title,
    el(
      "div",
      { className: "row" },
      button(collapsed ? "▴" : "▾", onToggle, "btn-icon", collapsed ? "Show the details" : "Fold the panel"),
      button("×", onClose, "btn-icon", "Close (Esc)"),
    ),
  );
}

/**
 * A modal dialog over a backdrop, hidden until shown (`overlay.hidden`): a click on the backdrop outside the
 * dialog dismisses it.
 */
export function modalDialog(
  root: HTMLElement,
  options: { tag?: "section" | "article"; className: string; label: string; testId: string; onDismiss: () => void },
): { overlay: HTMLDivElement; dialog: HTMLElement } {
  const overlay = el("div", {
    className: "modal-backdrop",
    on: { click: (e) => e.target === overlay && options.onDismiss() },
  });
  const dialog = el(options.tag ?? "section", {
    className: options.className,
    attrs: { role: "dialog", "aria-modal": "true", "aria-label": options.label, "data-testid": options.testId },
  });
  overlay.append(dialog);
  overlay.hidden = true;
  root.append(overlay);
  return { overlay, dialog };
}

/** Lets the browser save a blob under a name. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: fileName } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/**
 * Rebuilds a panel's content and gives focus back to the control that had it (matched by data-testid):
 * a slider moved with the keyboard commits on each key, and the panel redraws under the user's fingers.
 */
export function replaceKeepingFocus(parent: Element, ...children: Child[]): void {
  const active = document.activeElement;
  const testId = active instanceof HTMLElement && parent.contains(active) ? active.dataset.testid : undefined;
  replaceChildren(parent, ...children);
  if (!testId) return;
  const again = parent.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
  again?.focus();
}

/** True when a key press is meant for a text field, not for the explorer's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
