import { Extraction } from "../../domain";
import { ExtractionBuilder } from "../support/extraction-factory";

/** Entity ids of the curation fixture. */
export const CURATION_IDS = {
  iran: "state:iran",
  israel: "state:israel",
  houthis: "group:houthis",
  ansarallah: "group:ansarallah",
  hezbollah: "actor:hezbollah",
  redSea: "place:red-sea",
} as const;

/*
 * Two articles with the mistakes analysts correct: "Ansarallah" is the Houthis under another name,
 * Hezbollah was typed a person, and "Israel attacked Iran" misreads the second article. The third article,
 * ingested later, names the merged entity and restates the rejected relation.
 */
function builder(): ExtractionBuilder {
  const b = new ExtractionBuilder();
  b.entity("State", "Iran");
  b.entity("State", "Israel");
  b.entity("Group", "Houthis", { aliases: ["Houthis", "Houthi movement"], kind: "militia" });
  b.entity("Group", "Ansarallah");
  b.entity("Actor", "Hezbollah");
  b.entity("Place", "Red Sea");
  return b;
}

function baseArticles(b: ExtractionBuilder): void {
  const { iran, israel, houthis, ansarallah, hezbollah, redSea } = CURATION_IDS;
  b.article("c-houthis", ["Iran backs the Houthis.", "The Houthis attacked ships in the Red Sea."], {
    date: "2024-02-01",
  });
  b.relation(iran, "BACKS", houthis, "c-houthis", 0, { confidence: 0.7 }).relation(
    houthis,
    "ATTACKED",
    redSea,
    "c-houthis",
    1,
  );
  b.article(
    "c-ansarallah",
    ["Iran backs Ansarallah.", "Ansarallah attacked Israel.", "Israel attacked Iran, Hezbollah said."],
    { date: "2024-03-01" },
  );
  b.relation(iran, "BACKS", ansarallah, "c-ansarallah", 0)
    .relation(ansarallah, "ATTACKED", israel, "c-ansarallah", 1)
    .relation(israel, "ATTACKED", iran, "c-ansarallah", 2)
    .relation(hezbollah, "ACCUSED", israel, "c-ansarallah", 2);
}

export function curationBase(): Extraction {
  const b = builder();
  baseArticles(b);
  return b.build();
}

/** An article that says what an analyst also added by hand: Iran accused Israel. */
export function curationAccusation(): Extraction {
  const b = builder();
  const { iran, israel } = CURATION_IDS;
  b.article("c-accusation", ["Iran accused Israel."], { date: "2024-05-01" });
  b.relation(iran, "ACCUSED", israel, "c-accusation", 0);
  const article = b.build();
  return { ...article, entities: article.entities.filter((e) => e.id === iran || e.id === israel) };
}

/** A later article: Ansarallah again, and the rejected relation said again. */
export function curationLater(): Extraction {
  const b = builder();
  const { iran, israel, ansarallah } = CURATION_IDS;
  b.article("c-later", ["Ansarallah attacked Israel again.", "Israel attacked Iran."], { date: "2024-04-01" });
  b.relation(ansarallah, "ATTACKED", israel, "c-later", 0).relation(israel, "ATTACKED", iran, "c-later", 1);
  const later = b.build();
  const mentioned = new Set(later.mentions!.map((m) => m.entity));
  return { ...later, entities: later.entities.filter((e) => mentioned.has(e.id)) };
}
