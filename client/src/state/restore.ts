import { decodePositions, type ExplorerGraph } from "../graph";
import type { Actions } from "./actions";
import type { ViewPort } from "./action-context";
import type { AppState } from "./app-state";
import type { Store } from "./store";
import type { UrlState } from "./url-state";

/**
 * Replays a shared link: the overview under its filters, each expansion in order, the path, then what was
 * hidden, selected and pinned, the positions the link carries, the open panels and the camera. A query is
 * only shown, never run (issue 15).
 */
export async function restoreLink(
  link: UrlState,
  actions: Actions,
  store: Store<AppState>,
  graph: ExplorerGraph,
  view: ViewPort,
): Promise<void> {
  store.set({ restoring: true });
  try {
    await actions.loadOverview();
    for (const step of link.expansions) await actions.expand(step.id, step.type, step.order);
    if (link.path) {
      const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
      actions.setPathEnd("from", link.path.from, name(link.path.from));
      actions.setPathEnd("to", link.path.to, name(link.path.to));
      await actions.findPaths();
      // The ends may only be on the graph now, with their names.
      const { from, to } = link.path;
      store.set((s) => ({
        paths: { ...s.paths, from: { id: from, name: name(from) }, to: { id: to, name: name(to) } },
      }));
    }
    const present = (ids: string[]) => ids.filter((id) => graph.hasNode(id));
    store.set({ hidden: link.hidden });
    for (const id of present(link.pinned)) actions.togglePin(id, true);
    const positions = link.positions ? decodePositions(link.positions, graph.nodes()) : null;
    if (positions) {
      graph.updateEachNodeAttributes(
        (node, attrs) => {
          const at = positions.get(node);
          if (at) {
            attrs.x = at.x;
            attrs.y = at.y;
          }
          return attrs;
        },
        { attributes: ["x", "y"] },
      );
    }
    if (link.focus) await actions.openEntity(link.focus, { centre: false });
    if (link.selection.length > 0) actions.setSelection(present(link.selection), false);
    if (link.edge) void actions.openEdge(link.edge);
    if (link.query) actions.showLinkedQuery(link.query);
    if (link.camera) view.setCamera(link.camera);
  } finally {
    store.set({ restoring: false });
  }
}
