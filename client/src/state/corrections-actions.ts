import { parseRelationKey, type Decision, type EntityLabel, type RelationType } from "../../../domain";
import { DecisionListSchema } from "../../../domain/api";
import { api, type DecisionList, type DecisionRequest } from "../api";
import { refreshAround } from "../graph";
import type { ActionContext } from "./action-context";
import type { KeyValueStorage } from "./saved-views";
import {
  addRelationCancelled,
  addRelationProposed,
  authorChosen,
  authorMissing,
  correctionFailed,
  correctionSent,
  correctionsLoadFailed,
  correctionsToggled,
  decisionMade,
  decisionUndone,
  decisionsImported,
  decisionsLoaded,
  duplicatesLoaded,
  entitiesGone,
  entitiesOf,
  importUnreadable,
  mergeCancelled,
  mergeProposed,
} from "./updates/corrections";
import { serverFilters } from "./updates/filters";
import { structureChanged } from "./updates/graph-data";

const AUTHOR_KEY = "newsgraph.author";
/** Neighbours fetched around the entities a correction changed: enough for every relation they show. */
const REFRESH_LIMIT = 1000;

/** A decision as the panels ask for it; the author is added here. */
type Unsigned<T> = T extends unknown ? Omit<T, "author"> : never;
export type CorrectionRequest = Unsigned<DecisionRequest>;

/** A relation an analyst adds by hand, as the add-relation dialog asks for it. */
export interface ManualRelation {
  source: string;
  type: RelationType;
  target: string;
  note: string;
  /** The sentence that says so; none when empty. */
  evidence: string;
}

/** What the corrections need of the other areas: to reopen panels, and to reload the whole view. */
export interface CorrectionsDeps {
  openEntity(id: string, options?: { centre?: boolean }): Promise<void>;
  openEdge(id: string): Promise<void>;
  loadOverview(): Promise<void>;
}

function readAuthor(storage: KeyValueStorage): string {
  try {
    return storage.getItem(AUTHOR_KEY) ?? "";
  } catch {
    return "";
  }
}

/**
 * The analysts' corrections (issue 18): each is sent as a decision, then the graph around the entities it
 * names is fetched again and the open panels follow (a merged-away entity's panel becomes the survivor's;
 * a rejected relation leaves the view unless rejected ones are shown).
 */
export function createCorrectionsActions(
  { graph, store, view, storage, set, call }: ActionContext,
  deps: CorrectionsDeps,
) {
  set((s) => authorChosen(s, readAuthor(storage)));

  function setAuthor(author: string): void {
    set((s) => authorChosen(s, author));
    try {
      storage.setItem(AUTHOR_KEY, store.get().corrections.author);
    } catch {
      // Storage disabled: the name holds for this page only.
    }
  }

  async function loadDecisions(): Promise<void> {
    const decisions = await call(() => api.decisions(), { failed: correctionsLoadFailed });
    if (decisions) set((s) => decisionsLoaded(s, decisions));
  }

  async function loadDuplicates(): Promise<void> {
    const duplicates = await call(() => api.duplicates(), { failed: correctionsLoadFailed });
    if (duplicates) set((s) => duplicatesLoaded(s, duplicates));
  }

  function toggleCorrections(open?: boolean): void {
    set((s) => correctionsToggled(s, open));
    if (!store.get().corrections.open) return;
    void loadDecisions();
    void loadDuplicates();
  }

  /** The graph and the panels after a decision was made or undone. */
  async function showOutcome(decision: Decision, undone: boolean): Promise<void> {
    // A dismissal changes nothing in the graph.
    if (decision.kind === "dismiss") return;
    const gone = entitiesGone(decision, undone);
    for (const id of gone.keys()) if (graph.hasNode(id)) graph.dropNode(id);
    const centres = entitiesOf(decision).filter((id) => !gone.has(id));
    const filters = store.get().filters;
    const payload =
      centres.length > 0
        ? await call(() => api.neighbours(centres, { limit: REFRESH_LIMIT, ...serverFilters(filters) }))
        : undefined;
    const added = payload ? refreshAround(graph, centres, payload).addedNodes : [];
    // Said outright, for a hub whose neighbours did not fit in one page.
    const hidden = decision.kind === "reject" && !undone && !filters.includeRejected;
    if (hidden && graph.hasEdge(decision.relation)) graph.dropEdge(decision.relation);
    set((s) => structureChanged(s, graph));
    if (added.length > 0) await view.settle(added);

    const { focus, edge } = store.get();
    if (focus && gone.has(focus)) await deps.openEntity(gone.get(focus)!, { centre: false });
    else if (focus && centres.includes(focus)) await deps.openEntity(focus, { centre: false });
    if (!edge) return;
    const ends = parseRelationKey(edge.id);
    const endGone = ends !== undefined && (gone.has(ends.source) || gone.has(ends.target));
    if ((hidden && decision.relation === edge.id) || endGone) set({ edge: null });
    else if ("relation" in decision && decision.relation === edge.id) await deps.openEdge(edge.id);
  }

  /** Sends a decision signed by the author; false when it was not made. */
  async function decide(request: CorrectionRequest, what: string): Promise<boolean> {
    const { author } = store.get().corrections;
    if (!author) {
      set(authorMissing);
      return false;
    }
    set((s) => correctionSent(s, what));
    const decision = await call(() => api.decide({ ...request, author } as DecisionRequest), {
      failed: correctionFailed,
    });
    if (!decision) return false;
    set((s) => decisionMade(s, decision));
    await showOutcome(decision, false);
    return true;
  }

  async function undo(decision: Decision): Promise<void> {
    set((s) => correctionSent(s, "Undoing…"));
    const undone = await call(() => api.undoDecision(decision.id), { failed: correctionFailed });
    if (!undone) return;
    set((s) => decisionUndone(s, undone));
    await showOutcome(undone, true);
    if (store.get().corrections.open) void loadDuplicates();
  }

  async function exportDecisions(): Promise<{ blob: Blob; fileName: string } | undefined> {
    const list = await call(() => api.exportDecisions(), { failed: correctionFailed });
    if (!list) return undefined;
    const blob = new Blob([JSON.stringify(list, null, 2)], { type: "application/json" });
    return { blob, fileName: "newsgraph-decisions.json" };
  }

  /** Imports an exported file; the whole view is reloaded, since the decisions may touch anything. */
  async function importDecisions(text: string): Promise<void> {
    let file: DecisionList;
    try {
      const parsed = DecisionListSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(parsed.error.issues[0].message);
      file = parsed.data;
    } catch (error) {
      set((s) => importUnreadable(s, `Not a decisions file (${(error as Error).message}).`));
      return;
    }
    set((s) => correctionSent(s, "Importing…"));
    const result = await call(() => api.importDecisions(file), { failed: correctionFailed });
    if (!result) return;
    set((s) => decisionsImported(s, result));
    await Promise.all([loadDecisions(), loadDuplicates()]);
    if (result.imported > 0) await deps.loadOverview();
  }

  return {
    setAuthor,
    loadDecisions,
    loadDuplicates,
    toggleCorrections,
    undo,
    exportDecisions,
    importDecisions,
    proposeMerge: (pair: [string, string]) => set((s) => mergeProposed(s, pair)),
    cancelMerge: () => set(mergeCancelled),
    merge: (from: string, into: string, note = "") => decide({ kind: "merge", from, into, note }, "Merging…"),
    rename: (entity: string, name: string) => decide({ kind: "rename", entity, name }, "Renaming…"),
    retype: (entity: string, label: EntityLabel, entityKind?: string) =>
      decide({ kind: "retype", entity, label, ...(entityKind ? { entityKind } : {}) }, "Changing the type…"),
    split: (entity: string, alias: string) => decide({ kind: "split", entity, alias }, "Splitting…"),
    reject: (relation: string) => decide({ kind: "reject", relation }, "Rejecting…"),
    confirm: (relation: string) => decide({ kind: "confirm", relation }, "Confirming…"),
    proposeAddRelation: (entity: { id: string; name: string; label: EntityLabel }) =>
      set((s) => addRelationProposed(s, entity)),
    cancelAddRelation: () => set(addRelationCancelled),
    addRelation: ({ source, type, target, note, evidence }: ManualRelation) =>
      decide({ kind: "add", source, type, target, note, ...(evidence ? { evidence } : {}) }, "Adding the relation…"),
    dismiss: (entities: [string, string]) => decide({ kind: "dismiss", entities }, "Dismissing…"),
  };
}
