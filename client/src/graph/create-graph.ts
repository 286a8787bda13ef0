import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./types";

/** A multi graph: two entities can be linked by several relation types, each its own edge keyed by the API id. */
export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}
