import { FACT_RELATION_TYPES, RELATION_ENDPOINTS, connects } from "../../domain";
import { otherEnd, otherEndLabels, otherEndProblem, typesFitting } from "../../client/src/panels/relation-fit";

describe("which relations an entity may be given by hand", () => {
  it("offers the fact types whose end takes the label, never MENTIONED_IN", () => {
    expect(typesFitting("Place", "source")).toEqual([]);
    expect(typesFitting("Place", "target")).toEqual(["ATTACKED", "WITHDREW_FROM", "OCCURRED_IN"]);
    expect(typesFitting("Event", "source")).toContain("OCCURRED_IN");
    expect(typesFitting("Actor", "source")).toContain("MEMBER_OF");
    expect(typesFitting("Group", "source")).not.toContain("MEMBER_OF");
    for (const label of ["Actor", "Group", "State", "Event", "Place"] as const)
      for (const end of ["source", "target"] as const) {
        expect(typesFitting(label, end)).not.toContain("MENTIONED_IN");
        expect(typesFitting(label, end).every((t) => RELATION_ENDPOINTS[t][end].includes(label))).toBe(true);
      }
  });

  it("agrees with the server's check on every pair it lets through", () => {
    for (const type of FACT_RELATION_TYPES)
      for (const source of ["Actor", "Group", "State", "Event", "Place"] as const)
        for (const target of ["Actor", "Group", "State", "Event", "Place"] as const) {
          const fromSource =
            typesFitting(source, "source").includes(type) && otherEndLabels(type, "source").includes(target);
          expect(fromSource).toBe(connects(type, source, target));
        }
  });

  it("says in words why the other entity cannot be picked, and nothing when it can", () => {
    const port = { id: "place-portvell", name: "Port Vell", label: "Place" as const };
    expect(otherEndProblem("ATTACKED", "source", "group-red", port)).toBeUndefined();
    expect(otherEndProblem("ATTACKED", "target", "group-red", port)).toBe(
      "Port Vell (Place) cannot be the source of “attacked”, which takes: Actor (person), Group, State, Event.",
    );
    expect(otherEndProblem("ATTACKED", "source", "group-red", { ...port, id: "group-red" })).toMatch(/another entity/);
    expect(otherEnd("source")).toBe("target");
    expect(otherEnd("target")).toBe("source");
  });
});
