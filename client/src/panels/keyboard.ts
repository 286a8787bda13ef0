import { neighbourhood, pickInDirection, type Direction, type ExplorerGraph } from "../graph";
import type { LayoutController } from "../layout";
import type { ViewCommands } from "../rendering";
import type { Actions, AppState, Store } from "../state";
import { isTyping } from "./dom";

interface Closable {
  isOpen(): boolean;
  toggle?(open?: boolean): void;
  close?(): void;
  contains?(node: Node | null): boolean;
}

export interface KeyboardTargets {
  store: Store<AppState>;
  actions: Actions;
  view: ViewCommands;
  graph: ExplorerGraph;
  layout: LayoutController;
  search: HTMLInputElement;
  console: Closable & { toggle(open?: boolean): void };
  popovers: Closable[];
}

const ARROWS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

export const SHORTCUTS = "/ search · f fit · l layout · c console · arrows: move to a neighbour · Esc close";

/**
 * Keys for the whole page: Escape closes what is on top (a dialog or popover, the console when it has the
 * focus, the article, the relation panel, the entity panel, a selection mode); `/` searches; f, l and c fit,
 * lay out and open the console; the arrows move the focused node to its neighbour that way.
 */
export function mountKeyboard(t: KeyboardTargets): void {
  function close(closable: Closable): void {
    if (closable.close) closable.close();
    else closable.toggle?.(false);
  }

  function escape(): boolean {
    const open = t.popovers.find((p) => p.isOpen());
    if (open) return (close(open), true);
    if (t.store.get().article) return (t.actions.closeArticle(), true);
    if (t.console.isOpen() && t.console.contains?.(document.activeElement)) return (t.console.toggle(false), true);
    if (t.actions.closeTop()) return true;
    if (t.console.isOpen()) return (t.console.toggle(false), true);
    return false;
  }

  function move(direction: Direction): boolean {
    const focus = t.store.get().focus;
    if (!focus || !t.graph.hasNode(focus)) return false;
    const positions = t.view.viewportPositions();
    const from = positions.get(focus);
    if (!from) return false;
    const around = neighbourhood(t.graph, focus).nodes;
    const candidates = new Map([...positions].filter(([id]) => id !== focus && around.has(id)));
    const next = pickInDirection(from, candidates, direction);
    if (!next) {
      t.actions.notify(`No neighbour of ${t.graph.getNodeAttribute(focus, "label")} lies that way.`);
      return true;
    }
    void t.actions.openEntity(next, { centre: false });
    t.view.centreOn([next, focus]);
    return true;
  }

  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Escape") {
      if (escape()) e.preventDefault();
      return;
    }
    if (isTyping(e.target) || t.store.get().article) return;
    let handled = true;
    if (e.key === "/") t.search.focus();
    else if (e.key === "f") t.view.fit();
    else if (e.key === "l") {
      if (t.layout.isRunning()) t.layout.stop();
      else t.layout.start();
    } else if (e.key === "c") t.console.toggle();
    else if (e.key === "?") t.actions.notify(SHORTCUTS);
    else if (ARROWS[e.key]) handled = move(ARROWS[e.key]);
    else handled = false;
    if (handled) e.preventDefault();
  });
}
