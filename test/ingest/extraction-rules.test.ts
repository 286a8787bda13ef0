import { findingsIn, relationsIn } from "./helpers";

/*
 * The rules on sentences of our own, parsed by the real CoreNLP server the test run starts. Each test
 * names the construction it covers; none of these sentences comes from a scoring set.
 */

describe("relations said with verbs", () => {
  it("reads active and passive voice", async () => {
    expect(await relationsIn("Rwanda attacked Uganda on Monday.")).toContain("Rwanda ATTACKED Uganda");
    expect(await relationsIn("Uganda was attacked by Rwanda on Monday.")).toContain("Rwanda ATTACKED Uganda");
  });

  it("spreads a relation over coordinated subjects and objects", async () => {
    const found = await relationsIn("France and Germany shelled Italian and Spanish positions.");
    expect(found).toEqual(
      expect.arrayContaining([
        "France ATTACKED Italy",
        "Germany ATTACKED Italy",
        "France ATTACKED Spain",
        "Germany ATTACKED Spain",
      ]),
    );
  });

  it("finds the target of a verb with a preposition", async () => {
    expect(await relationsIn("Sudan fired three rockets at Chad overnight.")).toContain("Sudan ATTACKED Chad");
  });

  it("reads an accusation with the act it alleges, done by the one accused", async () => {
    const found = await relationsIn("Kenyan officials accused Ethiopia of arming the Somali rebels.");
    expect(found).toEqual(expect.arrayContaining(["Kenya ACCUSED Ethiopia", "Ethiopia BACKS Somali rebels"]));
    expect(found).not.toContain("Kenya BACKS Somali rebels");
  });

  it("makes a mediator of whoever carries messages between two parties, who then talk indirectly", async () => {
    const found = await relationsIn(
      "Qatari diplomats shuttled between the Egyptian and Turkish delegations for two days.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["Qatar MEDIATED Egypt", "Qatar MEDIATED Türkiye", "Egypt NEGOTIATED_WITH Türkiye"]),
    );
    const { relations } = await findingsIn("Swiss envoys carried messages between Peru and Chile.");
    expect(relations.find((r) => r.type === "NEGOTIATED_WITH")?.indirect).toBe(true);
    expect(await relationsIn("Norway could mediate between Peru and Chile.")).not.toContain(
      "Chile NEGOTIATED_WITH Peru",
    );
  });

  it("records nothing for a denied, negated, hypothetical or wished act", async () => {
    expect(await relationsIn("Peru did not attack Chile.")).toEqual([]);
    expect(await relationsIn("Peru denied attacking Chile.")).toEqual([]);
    expect(await relationsIn("Peru could strike Chile within days.")).toEqual([]);
    expect(await relationsIn("The opposition wants Brazil to attack Paraguay.")).toEqual([]);
  });

  it("keeps an agreement someone is still trying to broker from being one the sides reached", async () => {
    const found = await relationsIn(
      "The visit was delayed when she became busy with Norwegian efforts to broker an agreement between Peru and Chile.",
    );
    expect(found).toEqual(expect.arrayContaining(["Norway MEDIATED Chile", "Norway MEDIATED Peru"]));
    expect(found).not.toContain("Chile AGREED_WITH Peru");
    expect(await relationsIn("Norway brokered an agreement between Peru and Chile in May.")).toContain(
      "Chile AGREED_WITH Peru",
    );
  });

  it("turns a threatened or announced attack into a threat", async () => {
    expect(await relationsIn("Venezuela threatened to attack Guyana.")).toEqual(["Venezuela THREATENED Guyana"]);
    expect(await relationsIn("Armenia said it would strike Azerbaijan.")).toContain("Armenia THREATENED Azerbaijan");
  });

  it("reads a threat held over whoever a condition names", async () => {
    expect(await relationsIn("Mali will expel the French ambassador unless France withdraws its troops.")).toContain(
      "Mali THREATENED France",
    );
  });

  it("attributes a reported act to whoever reports it", async () => {
    const { relations } = await findingsIn("Ghana said Togo had attacked Benin.");
    const attack = relations.find((r) => r.type === "ATTACKED");
    expect(attack).toMatchObject({ source: { name: "Togo" }, target: { name: "Benin" }, attributedTo: "Ghana" });
  });

  it("gives a participle set off by a comma the sentence's subject, wherever the parser hung it", async () => {
    expect(await relationsIn("Sudan issued a statement, accusing Chad of stalling the talks.")).toContain(
      "Sudan ACCUSED Chad",
    );
    expect(await relationsIn("Sudan released a statement on Monday, accusing Chad of arming rebels.")).toContain(
      "Sudan ACCUSED Chad",
    );
    expect(
      await relationsIn("Kenya welcomed the report by Somali investigators accusing Ethiopia of arming rebels."),
    ).not.toContain("Kenya ACCUSED Ethiopia");
  });

  it("reads fighting against Y as one-sided, and fighting Y or with Y as mutual", async () => {
    expect(await relationsIn("Sudan fought against Chad for years.")).toEqual(["Sudan ATTACKED Chad"]);
    expect(await relationsIn("Sudan fought Chad for years.")).toEqual(
      expect.arrayContaining(["Sudan ATTACKED Chad", "Chad ATTACKED Sudan"]),
    );
    expect(await relationsIn("Sudan fought with Chad for years.")).toEqual(
      expect.arrayContaining(["Sudan ATTACKED Chad", "Chad ATTACKED Sudan"]),
    );
  });

  it("tells demands and symmetric meetings", async () => {
    expect(await relationsIn("Norway urged Sweden to reopen the border.")).toContain("Norway DEMANDED Sweden");
    expect(await relationsIn("Japan, China and South Korea met in Busan.")).toEqual(
      expect.arrayContaining([
        "China NEGOTIATED_WITH Japan",
        "Japan NEGOTIATED_WITH South Korea",
        "China NEGOTIATED_WITH South Korea",
      ]),
    );
  });

  it("reads backing through what is given or received", async () => {
    expect(await relationsIn("Cuba sent weapons to Angola last year.")).toContain("Cuba BACKS Angola");
    expect(await relationsIn("Angola received money from Cuba.")).toContain("Cuba BACKS Angola");
    expect(await relationsIn("Cuba sent a delegation to Angola.")).not.toContain("Cuba BACKS Angola");
  });
});

describe("relations said with nouns and modifiers", () => {
  it("reads a war waged against Y as one-sided, and the group a common noun names through 'dep'", async () => {
    const found = await relationsIn(
      "Mali said the militant group Ansar Tahrir-e-Sahel Mali (ATSM), which is waging an insurgency against Mali, had grown.",
    );
    expect(found).toContain("Ansar Tahrir-e-Sahel Mali ATTACKED Mali");
    expect(found).not.toContain("Mali ATTACKED Ansar Tahrir-e-Sahel Mali");
    expect(await relationsIn("Sudan fought a war with Chad for years.")).toEqual(
      expect.arrayContaining(["Sudan ATTACKED Chad", "Chad ATTACKED Sudan"]),
    );
  });

  it("reads strikes by X against Y", async () => {
    expect(await relationsIn("Civilians fled after repeated strikes by Ethiopia against Eritrea.")).toContain(
      "Ethiopia ATTACKED Eritrea",
    );
  });

  it("reads X's attack on Y and sanctions on Y", async () => {
    const found = await relationsIn("After Armenia's attack on Azerbaijan, EU sanctions on Armenia followed.");
    expect(found).toEqual(expect.arrayContaining(["Armenia ATTACKED Azerbaijan", "European Union SANCTIONED Armenia"]));
  });

  it("reads the author of a relation noun from the verb that carries it", async () => {
    expect(await relationsIn("Mozambique launched air strikes on Tanzania.")).toContain("Mozambique ATTACKED Tanzania");
    expect(await relationsIn("Mozambique held talks with Malawi.")).toContain("Malawi NEGOTIATED_WITH Mozambique");
  });

  it("drops a relation noun that a verb wants, fears or rejects", async () => {
    expect(await relationsIn("Mozambique wants talks with Malawi.")).toEqual([]);
    expect(await relationsIn("Mozambique fears an attack by Malawi.")).toEqual([]);
  });

  it("reads X-backed Y and pro-X Y as backing", async () => {
    expect(await relationsIn("Moscow-backed Hamas leaders were not there.")).toContain("Russia BACKS Hamas");
    expect(await relationsIn("The pro-Iranian Hizbollah fighters returned.")).toContain("Iran BACKS Hizbollah");
  });

  it("reads a hyphenated pair of parties as talks between them", async () => {
    expect(await relationsIn("The Egypt-Qatar talks resumed in Cairo.")).toContain("Egypt NEGOTIATED_WITH Qatar");
  });

  it("makes a mediator of who brokered a deal, when the parser hangs the participle on a noun before it", async () => {
    const found = await relationsIn("Saudi Arabia and Iran agreed to restore ties in a deal brokered by China.");
    expect(found).toEqual(
      expect.arrayContaining(["Iran AGREED_WITH Saudi Arabia", "China MEDIATED Saudi Arabia", "China MEDIATED Iran"]),
    );
  });

  it("makes mediators of go-betweens and of hosts of talks between others", async () => {
    expect(await relationsIn("Oman acted as a mediator between Iran and Bahrain.")).toEqual(
      expect.arrayContaining(["Oman MEDIATED Iran", "Oman MEDIATED Bahrain"]),
    );
    expect(await relationsIn("Kenya hosted talks between Ethiopia and Eritrea.")).toEqual(
      expect.arrayContaining(["Kenya MEDIATED Ethiopia", "Kenya MEDIATED Eritrea", "Eritrea NEGOTIATED_WITH Ethiopia"]),
    );
  });

  it("accuses the author of an attack someone condemns", async () => {
    expect(await relationsIn("Chad condemned the attack by Niger on its border posts.")).toContain(
      "Chad ACCUSED Niger",
    );
  });
});

describe("roles of people and groups", () => {
  it("reads a nationality and title before a name", async () => {
    expect(await relationsIn("Kenyan foreign minister Musalia Mudavadi arrived in Addis Ababa.")).toContain(
      "Musalia Mudavadi MEMBER_OF Kenya",
    );
    expect(await relationsIn("French President Emmanuel Macron spoke.")).toContain("Emmanuel Macron LEADS France");
  });

  it("keeps a hyphenated given name NER left untagged in the person's name", async () => {
    const found = await relationsIn('Pyongyang called South Korean President Yoon Suk-yeol "a traitor" on Tuesday.');
    expect(found).toContain("Yoon Suk-yeol LEADS South Korea");
  });

  it("reads the head of a group in an apposition", async () => {
    expect(await relationsIn("Hassan Nasrallah, leader of Hizbollah, spoke on television.")).toContain(
      "Hassan Nasrallah LEADS Hizbollah",
    );
  });

  it("makes a state's commander or a deputy a member, not a leader", async () => {
    const found = await relationsIn("Chilean deputy foreign minister Ana Ruiz and army commander Luis Soto met.");
    expect(found).toContain("Ana Ruiz MEMBER_OF Chile");
    expect(found).not.toContain("Ana Ruiz LEADS Chile");
  });

  it("reads a unit of a larger body", async () => {
    expect(
      await relationsIn("The Qods Force, the wing of the Revolutionary Guards for foreign operations, was named."),
    ).toContain("Qods Force PART_OF Revolutionary Guards");
    expect(await relationsIn("Over the years Hamas has become a trusted member of the Axis of Resistance.")).toContain(
      "Hamas PART_OF Axis of Resistance",
    );
  });

  it("gives a counterpart the title of the one it is the counterpart of, and a later 'the X president' its state", async () => {
    const found = await relationsIn(
      "President Ana Lima called her Peruvian counterpart Jorge Soto. The Chilean president said the call went well.",
    );
    expect(found).toEqual(expect.arrayContaining(["Jorge Soto LEADS Peru", "Ana Lima LEADS Chile"]));
  });

  it("lets a group with no name stand for whoever leads it", async () => {
    expect(await relationsIn("Hamas-led militants attacked Egypt.")).toContain("Hamas ATTACKED Egypt");
  });

  it("lets a person's title say whose side they are on", async () => {
    const found = await relationsIn("Pakistan's prime minister Imran Saeed condemned India.");
    expect(found).toEqual(expect.arrayContaining(["Imran Saeed LEADS Pakistan", "Imran Saeed ACCUSED India"]));
  });
});

describe("entities and resolution", () => {
  it("types people, groups, states and places by NER, dictionaries and cues", async () => {
    const { mentions } = await findingsIn(
      "Somali rebels and Kenyan troops clashed near Mogadishu as envoy Ada Lovelace watched from the Red Sea.",
    );
    const typeOf = (surface: string): string | undefined => mentions.find((m) => m.surface === surface)?.ref.type;
    expect(typeOf("Somali rebels")).toBe("Group");
    expect(typeOf("Kenyan troops")).toBe("State");
    expect(typeOf("Mogadishu")).toBe("State");
    expect(typeOf("Ada Lovelace")).toBe("Actor");
    expect(typeOf("Red Sea")).toBe("Place");
  });

  it("makes a group of a name the dictionary lacks, typed by its head noun", async () => {
    const { mentions } = await findingsIn("The Tamarind Liberation Front ambushed a convoy. The Kalinga militia fled.");
    const front = mentions.find((m) => m.surface.includes("Tamarind"));
    expect(front?.ref).toMatchObject({ type: "Group", kind: "armed movement" });
    expect(mentions.find((m) => m.surface.includes("Kalinga"))?.ref).toMatchObject({ type: "Group", kind: "militia" });
  });

  it("folds a state's organs and forces into the state, not other bodies named after it", async () => {
    const { mentions } = await findingsIn(
      "The Indian Air Force and the Ministry of Foreign Affairs of Qatar replied to the Free Syrian Army.",
    );
    const refOf = (part: string) => mentions.find((m) => m.surface.includes(part))?.ref;
    expect(refOf("Air Force")).toMatchObject({ name: "India", type: "State" });
    expect(refOf("Ministry")).toMatchObject({ name: "Qatar", type: "State" });
    expect(refOf("Free Syrian")).toMatchObject({ type: "Group" });
  });

  it("resolves a surname and an acronym to the full name told before", async () => {
    const { mentions } = await findingsIn(
      "Envoy Ada Lovelace met the Popular Front for Liberation (PFL) on Monday. Lovelace said the PFL would talk.",
    );
    expect(mentions.filter((m) => m.surface === "Lovelace").map((m) => m.ref.name)).toEqual(["Ada Lovelace"]);
    expect(mentions.filter((m) => m.surface === "PFL").map((m) => m.ref.name)).toEqual([
      "Popular Front for Liberation",
      "Popular Front for Liberation",
    ]);
  });

  it("makes one group of a name spelled out before its initials in brackets, where NER saw none of it", async () => {
    const { mentions } = await findingsIn(
      "Kenya accuses Somalia of hosting the militant group Harakat-ul-Shabaab Kenya (HSK). The HSK raided a police post.",
    );
    const groups = mentions.filter((m) => m.ref.type === "Group").map((m) => `${m.surface}=${m.ref.name}`);
    expect(groups).toEqual([
      "Harakat-ul-Shabaab Kenya=Harakat-ul-Shabaab Kenya",
      "HSK=Harakat-ul-Shabaab Kenya",
      "HSK=Harakat-ul-Shabaab Kenya",
    ]);
  });

  it("resolves forces named by their backer to the one group the article said that backer backs there", async () => {
    const text =
      "Iran backs the Houthis in Yemen and the Iraqi militias. Last week US jets struck Iranian-backed fighters in Iraq.";
    expect(await relationsIn(text)).toContain("United States ATTACKED Iraqi militias");
    expect(
      await relationsIn(
        "Iran backs the Houthis in Yemen and the Iraqi militias. Last week US jets struck Iranian-backed fighters.",
      ),
    ).not.toContain("United States ATTACKED Houthis");
  });

  it("resolves a definite description and a pronoun to what came before", async () => {
    const { mentions } = await findingsIn(
      "The Houthis fired missiles on Monday. The group said more would follow. They also seized a ship.",
    );
    expect(mentions.find((m) => m.surface === "The group")?.ref.name).toBe("Houthis");
    expect(mentions.find((m) => m.surface === "They")?.ref.name).toBe("Houthis");
  });

  it("makes a capital stand for its state, as the ontology says", async () => {
    const { mentions } = await findingsIn("Nairobi protested. The talks took place in Nairobi.");
    expect(mentions.filter((m) => m.surface === "Nairobi").map((m) => m.ref.name)).toEqual(["Kenya", "Kenya"]);
  });
});

describe("events", () => {
  it("dates an event against the article's date and places it", async () => {
    const { events } = await findingsIn("Chile held talks with Peru in Lima in January.", "2024-03-14");
    const talks = events.find((e) => e.kind === "talks");
    expect(talks).toMatchObject({ date: "2024-01", place: { name: "Peru", type: "State" } });
    expect(talks?.participants.map((p) => p.ref.name).sort()).toEqual(["Chile", "Peru"]);
  });

  it("dates 'last May' to the year before when May has not come yet", async () => {
    const { events } = await findingsIn("The last talks between Chile and Peru were held last May.", "2024-03-14");
    expect(events[0].date).toBe("2023-05");
  });

  it("links who signed an agreement and who left it", async () => {
    const { events } = await findingsIn("Bolivia quit the 2019 water treaty that Chile signed.");
    const treaty = events.find((e) => e.kind === "agreement");
    expect(treaty?.relations.map((r) => `${r.source.name} ${r.type}`).sort()).toEqual([
      "Bolivia WITHDREW_FROM",
      "Chile SIGNED",
    ]);
  });

  it("links a signer whose clause the parser hangs on a withdrawal from the agreement", async () => {
    const { events } = await findingsIn(
      "The row was triggered by Evo Morales's sudden withdrawal from the 2019 water treaty that Chile signed with its neighbours.",
    );
    const treaty = events.find((e) => e.kind === "agreement");
    expect(treaty?.relations.map((r) => `${r.source.name} ${r.type}`).sort()).toEqual([
      "Chile SIGNED",
      "Evo Morales WITHDREW_FROM",
    ]);
  });
});
