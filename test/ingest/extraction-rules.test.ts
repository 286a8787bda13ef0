import { findingsIn, relationsIn } from "./helpers";

describe("relations said with verbs", () => {
  it("reads active and passive voice", () => {
    expect(relationsIn("Rwanda attacked Uganda on Monday.")).toContain("Rwanda ATTACKED Uganda");
    expect(relationsIn("Uganda was attacked by Rwanda on Monday.")).toContain("Rwanda ATTACKED Uganda");
  });

  it("spreads a relation over coordinated subjects and objects", () => {
    const found = relationsIn("France and Germany shelled Italian and Spanish positions.");
    expect(found).toEqual(expect.arrayContaining(["France ATTACKED Italy", "Germany ATTACKED Italy", "France ATTACKED Spain", "Germany ATTACKED Spain"]));
  });

  it("finds the object of a verb with a particle", () => {
    expect(relationsIn("Sudan fired three rockets at Chad overnight.")).toContain("Sudan ATTACKED Chad");
  });

  it("reads an accusation with the act it alleges", () => {
    const found = relationsIn("Kenyan officials accused Ethiopia of arming Somali rebels with rifles.");
    expect(found).toEqual(expect.arrayContaining(["Kenya ACCUSED Ethiopia", "Ethiopia BACKS Somali rebels"]));
  });

  it("makes a mediator of whoever carries messages between two parties, who thereby negotiate", () => {
    const found = relationsIn("Qatari diplomats shuttled between the Egyptian and Turkish delegations for two days.");
    expect(found).toEqual(expect.arrayContaining(["Qatar MEDIATED Egypt", "Qatar MEDIATED Türkiye", "Egypt NEGOTIATED_WITH Türkiye"]));
  });

  it("keeps a denied act apart as negated", () => {
    expect(relationsIn("Peru did not attack Chile.")).toEqual(["Peru ATTACKED Chile (negated)"]);
  });

  it("turns an announced attack into a threat and drops wishes", () => {
    expect(relationsIn("Venezuela said it would attack Guyana if provoked.")).toContain("Venezuela THREATENED Guyana");
    expect(relationsIn("The opposition wants Brazil to attack Paraguay.")).toEqual([]);
  });

  it("tells demands and symmetric meetings", () => {
    expect(relationsIn("Norway urged Sweden to reopen the border.")).toContain("Norway DEMANDED Sweden");
    expect(relationsIn("Japan, China and South Korea met in Busan.")).toEqual(expect.arrayContaining(["China NEGOTIATED_WITH Japan", "China NEGOTIATED_WITH South Korea", "Japan NEGOTIATED_WITH South Korea"]));
  });
});

describe("relations said with nouns and modifiers", () => {
  it("reads strikes by X against Y", () => {
    expect(relationsIn("Civilians fled after repeated strikes by Ethiopia against Eritrea.")).toContain("Ethiopia ATTACKED Eritrea");
  });

  it("reads X's attack on Y and sanctions on Y", () => {
    const found = relationsIn("After Armenia's attack on Azerbaijan, EU sanctions on Armenia followed.");
    expect(found).toEqual(expect.arrayContaining(["Armenia ATTACKED Azerbaijan", "European Union SANCTIONED Armenia"]));
  });

  it("reads X-backed Y and pro-X Y as backing", () => {
    expect(relationsIn("Moscow-backed Hamas leaders were not there.")).toContain("Russia BACKS Hamas");
    expect(relationsIn("The pro-Iranian Hizbollah fighters returned.")).toContain("Iran BACKS Hizbollah");
  });

  it("reads a hyphenated pair of parties as talks between them", () => {
    expect(relationsIn("The Egypt-Qatar talks resumed in Cairo.")).toContain("Egypt NEGOTIATED_WITH Qatar");
  });
});

describe("roles of people and groups", () => {
  it("reads a nationality and title before a name", () => {
    const found = relationsIn("Kenyan foreign minister Musalia Mudavadi arrived in Addis Ababa.");
    expect(found).toContain("Musalia Mudavadi MEMBER_OF Kenya");
    expect(relationsIn("French President Emmanuel Macron spoke.")).toContain("Emmanuel Macron LEADS France");
  });

  it("reads the head of a group in an apposition", () => {
    expect(relationsIn("Hassan Nasrallah, leader of Hizbollah, spoke on television.")).toContain("Hassan Nasrallah LEADS Hizbollah");
  });

  it("reads a unit of a larger body", () => {
    expect(relationsIn("The Qods Force, the wing of the Revolutionary Guards for foreign operations, was named.")).toContain("Qods Force PART_OF Revolutionary Guards");
  });
});

describe("entities and resolution", () => {
  it("types people, groups, states and places by cues", () => {
    const { mentions } = findingsIn("Somali rebels and Kenyan troops clashed near Mogadishu as envoy Ada Lovelace watched from the Red Sea.");
    const typeOf = (surface: string): string | undefined => mentions.find((m) => m.surface === surface)?.ref.type;
    expect(typeOf("Somali rebels")).toBe("Group");
    expect(typeOf("Kenyan")).toBe("State");
    expect(typeOf("Mogadishu")).toBe("State");
    expect(typeOf("Ada Lovelace")).toBe("Actor");
    expect(typeOf("Red Sea")).toBe("Place");
  });

  it("resolves a surname to the full name told before, and spelling variants to one entity", () => {
    const { mentions } = findingsIn("Envoy Ada Lovelace arrived on Monday. Lovelace met Hezbollah and Hizbollah officials.");
    expect(mentions.filter((m) => m.surface === "Lovelace").map((m) => m.ref.name)).toEqual(["Ada Lovelace"]);
    expect(new Set(mentions.filter((m) => /^Hi|^He/.test(m.surface)).map((m) => m.ref.name))).toEqual(new Set(["Hizbollah"]));
  });

  it("resolves a definite description to the group named before", () => {
    const { mentions } = findingsIn("The Houthis fired missiles on Monday. The group said more would follow.");
    expect(mentions.find((m) => m.surface === "The group")?.ref.name).toBe("Houthis");
  });
});

describe("events", () => {
  it("dates an event against the article's date and places it", () => {
    const { events } = findingsIn("Chile held talks with Peru in Lima in January.", "2024-03-14");
    expect(events[0]).toMatchObject({ kind: "talks", date: "2024-01", place: { name: "Peru" } });
    expect(events[0].participants.map((p) => p.ref.name).sort()).toEqual(["Chile", "Peru"]);
  });

  it("dates 'last May' to the year before when May has not come yet", () => {
    const { events } = findingsIn("The last talks between Chile and Peru were held last May.", "2024-03-14");
    expect(events[0].date).toBe("2023-05");
  });
});
