import {
  HISTORY_MAX,
  deleteView,
  listViews,
  pushHistory,
  readHistory,
  saveView,
  type KeyValueStorage,
} from "../../client/src/state/saved-views";

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

describe("saved views and query history", () => {
  it("saves views by name, newest first, replacing one saved under the same name, and deletes them", () => {
    const storage = memory();
    saveView(storage, "Summit", "?node=a#pos=x", new Date("2024-05-01T10:00:00Z"));
    saveView(storage, "Strike", "?node=b", new Date("2024-05-02T10:00:00Z"));
    saveView(storage, "Summit", "?node=c", new Date("2024-05-03T10:00:00Z"));
    expect(listViews(storage).map((v) => [v.name, v.link])).toEqual([
      ["Summit", "?node=c"],
      ["Strike", "?node=b"],
    ]);
    expect(deleteView(storage, "Strike").map((v) => v.name)).toEqual(["Summit"]);
  });

  it("reads damaged or foreign storage as empty instead of failing", () => {
    expect(listViews(memory({ "newsgraph.views": "{not json" }))).toEqual([]);
    expect(
      listViews(memory({ "newsgraph.views": JSON.stringify([{ name: 1 }, { name: "ok", link: "?a" }]) })).map(
        (v) => v.name,
      ),
    ).toEqual(["ok"]);
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("quota");
      },
    };
    expect(saveView(full, "x", "?y")).toHaveLength(1);
  });

  it("keeps the query history newest first, without repeats, up to its length", () => {
    const storage = memory();
    pushHistory(storage, "A");
    pushHistory(storage, "B");
    pushHistory(storage, "A");
    expect(readHistory(storage)).toEqual(["A", "B"]);
    for (let i = 0; i < 40; i++) pushHistory(storage, `Q${i}`);
    expect(readHistory(storage)).toHaveLength(HISTORY_MAX);
    expect(readHistory(storage)[0]).toBe("Q39");
  });
});
