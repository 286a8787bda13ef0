export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T> {
  get(): T;
  set(patch: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: Listener<T>): () => void;
}

/**
 * A minimal observable store: state is replaced, never mutated, so listeners can compare by reference. `set`
 * takes a patch or an update (state in, state out: see updates/).
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const changes = typeof patch === "function" ? patch(state) : patch;
      // An update that hands the state back unchanged has nothing to tell.
      if (changes === state) return;
      state = { ...state, ...changes };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
