import { DEFAULT_FILTERS } from "../../client/src/graph";
import { EMPTY_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from "../../client/src/state/url-state";

const base: UrlState = EMPTY_URL_STATE;

function roundTrip(state: UrlState): UrlState {
  const [search, hash = ""] = encodeUrlState(state).split("#");
  return decodeUrlState(search, hash ? `#${hash}` : "");
}

describe("URL state", () => {
  it("keeps a default view's link bare", () => {
    expect(encodeUrlState(base)).toBe("");
    expect(decodeUrlState("")).toEqual(base);
  });

  it("round-trips the focused node, filters, colour mode and query", () => {
    const state: UrlState = {
      ...base,
      focus: "state-norland",
      filters: {
        ...DEFAULT_FILTERS,
        labels: ["State", "Group"],
        types: ["ATTACKED", "BACKS"],
        minDegree: 2,
        from: "2024-01",
        to: "2024-06-30",
        source: "Harbour Times",
        article: "art-1",
      },
      query: "MATCH (n) RETURN n LIMIT 5",
      colorMode: "community",
    };
    const encoded = encodeUrlState(state);
    expect(encoded).toContain("node=state-norland");
    expect(roundTrip(state)).toEqual(state);
  });

  it("round-trips the view: time options, sizing, expansions in order, path, hidden, selected and pinned nodes, the open relation, camera and positions", () => {
    const state: UrlState = {
      ...base,
      filters: { ...DEFAULT_FILTERS, from: "2024-03", timeEvents: false, keepUndated: false },
      sizeMetric: "pagerank",
      expansions: [
        { id: "state-a", order: "evidence" },
        { id: "group:b:c", order: "recent", type: "BACKS" },
        { id: "state-a", order: "evidence" },
      ],
      path: { from: "state-a", to: "group-b" },
      hidden: ["x", "y,z"],
      selection: ["state-a"],
      pinned: ["group-b"],
      edge: "state-a|BACKS|group-b",
      camera: { x: 0.41234, y: 0.7, ratio: 0.25 },
      positions: "p1~2-abc~0_1_0_1~AAAA",
    };
    const encoded = encodeUrlState(state);
    expect(encoded).toMatch(/#pos=p1~2-abc~0_1_0_1~AAAA$/);
    expect(encoded.split("#")[0]).not.toContain("pos=");
    expect(roundTrip(state)).toEqual(state);
  });

  it("ignores unknown labels and types, bad dates and nonsense degrees, cameras and steps", () => {
    const decoded = decodeUrlState(
      "?labels=State,Spaceship&types=BACKS,DROP_TABLE&from=last-week&to=2024-13-99x&minDegree=-3&color=rainbow&cam=1,2,-1&exp=sideways::a&exp=evidence:NOPE:b&exp=recent::&size=huge",
      "#pos=<script>",
    );
    expect(decoded.filters.labels).toEqual(["State"]);
    expect(decoded.filters.types).toEqual(["BACKS"]);
    expect(decoded.filters.from).toBeUndefined();
    expect(decoded.filters.to).toBeUndefined();
    expect(decoded.filters.minDegree).toBe(0);
    expect(decoded.colorMode).toBe("label");
    expect(decoded.sizeMetric).toBe("degree");
    expect(decoded.camera).toBeNull();
    expect(decoded.expansions).toEqual([]);
    expect(decoded.positions).toBeNull();
  });

  it("keeps an explicitly empty label list as 'show none'", () => {
    expect(decodeUrlState("?labels=").filters.labels).toEqual([]);
    expect(encodeUrlState({ ...base, filters: { ...DEFAULT_FILTERS, labels: [] } })).toBe("?labels=");
  });

  it("encodes characters that would break the query string", () => {
    const state: UrlState = {
      ...base,
      focus: "a&b=c",
      query: "MATCH (n {name: 'x&y'}) RETURN n",
      hidden: ["#frag", "a=b&c"],
    };
    expect(roundTrip(state)).toEqual(state);
  });
});
