/** What the explorer keeps in the browser's local storage: named views and the console's history. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedView {
  name: string;
  /** The view's link without the origin: `?query#fragment`, positions included. */
  link: string;
  savedAt: string;
}

const VIEWS_KEY = "newsgraph.views";
const HISTORY_KEY = "newsgraph.cypherHistory";
export const HISTORY_MAX = 30;
const VIEWS_MAX = 100;

function readList<T>(storage: KeyValueStorage, key: string, valid: (item: unknown) => item is T): T[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

function writeList(storage: KeyValueStorage, key: string, items: unknown[]): boolean {
  try {
    storage.setItem(key, JSON.stringify(items));
    return true;
  } catch {
    // Storage full or disabled (private mode): the feature quietly keeps nothing.
    return false;
  }
}

const isView = (item: unknown): item is SavedView =>
  typeof item === "object" &&
  item !== null &&
  typeof (item as SavedView).name === "string" &&
  typeof (item as SavedView).link === "string";

export function listViews(storage: KeyValueStorage): SavedView[] {
  return readList(storage, VIEWS_KEY, isView);
}

/** Saving under an existing name replaces that view. */
export function saveView(storage: KeyValueStorage, name: string, link: string, now = new Date()): SavedView[] {
  const views = [
    { name, link, savedAt: now.toISOString() },
    ...listViews(storage).filter((v) => v.name !== name),
  ].slice(0, VIEWS_MAX);
  writeList(storage, VIEWS_KEY, views);
  return views;
}

export function deleteView(storage: KeyValueStorage, name: string): SavedView[] {
  const views = listViews(storage).filter((v) => v.name !== name);
  writeList(storage, VIEWS_KEY, views);
  return views;
}

export function readHistory(storage: KeyValueStorage): string[] {
  return readList(storage, HISTORY_KEY, (item): item is string => typeof item === "string");
}

/** Newest first, without repeats. */
export function pushHistory(storage: KeyValueStorage, query: string): string[] {
  const history = [query, ...readHistory(storage).filter((q) => q !== query)].slice(0, HISTORY_MAX);
  writeList(storage, HISTORY_KEY, history);
  return history;
}

/** A storage that keeps nothing, where the browser offers none. */
export const NO_STORAGE: KeyValueStorage = { getItem: () => null, setItem: () => undefined };
