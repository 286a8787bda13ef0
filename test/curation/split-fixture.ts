import { Extraction } from "../../domain";
import { ExtractionBuilder } from "../support/extraction-factory";

/** Entity ids of the split fixture; `kimYoJong` is the id a split of her name off Kim Jong Un gets. */
export const SPLIT_IDS = {
  kimJongUn: "actor:kim-jong-un",
  kimYoJong: "actor:kim-yo-jong",
  seoul: "state:seoul",
  russia: "state:russia",
  strike: "event:strike",
} as const;

const KIM_NAMES = ["Kim Jong Un", "Kim Yo Jong"];

/*
 * Articles an extractor got wrong: it took Kim Yo Jong for her brother Kim Jong Un, so his entity has her
 * name among its aliases, her mentions and her threats. The builder places a mention at the entity's name;
 * the ones written with the alias are moved to where the text has it.
 */
function build(b: ExtractionBuilder): Extraction {
  const built = b.build();
  const texts = new Map(built.articles.map((a) => [a.id, a.text ?? ""]));
  const mentions = built.mentions!.map((m) => {
    if (m.entity !== SPLIT_IDS.kimJongUn) return m;
    const sentence = texts.get(m.article)!.slice(m.start, m.end);
    const name = KIM_NAMES.find((n) => sentence.includes(n))!;
    const start = m.start + sentence.indexOf(name);
    return { ...m, start, end: start + name.length };
  });
  return { ...built, mentions };
}

function builder(): ExtractionBuilder {
  const b = new ExtractionBuilder();
  b.entity("Actor", "Kim Jong Un", { aliases: KIM_NAMES });
  b.entity("State", "Seoul");
  b.entity("State", "Russia");
  b.entity("Event", "strike", { kind: "strike", date: "2024-02-20" });
  return b;
}

export function splitBase(): Extraction {
  const b = builder();
  const { kimJongUn, seoul, russia } = SPLIT_IDS;
  b.article("s-one", ["Kim Jong Un negotiated with Russia.", "Kim Yo Jong threatened Seoul."], { date: "2024-01-10" });
  b.relation(kimJongUn, "NEGOTIATED_WITH", russia, "s-one", 0).relation(kimJongUn, "THREATENED", seoul, "s-one", 1);
  b.article("s-two", ["Kim Jong Un threatened Seoul.", "Kim Yo Jong accused Seoul of lying."], { date: "2024-02-10" });
  b.relation(kimJongUn, "THREATENED", seoul, "s-two", 0).relation(kimJongUn, "ACCUSED", seoul, "s-two", 1);
  b.article("s-event", ["Kim Yo Jong ordered the strike."], { date: "2024-02-20" });
  b.relation(kimJongUn, "PARTICIPATED_IN", SPLIT_IDS.strike, "s-event", 0, { role: "attacker" });
  return build(b);
}

/** A later article the extractor gets wrong the same way. */
export function splitLater(): Extraction {
  const b = builder();
  const { kimJongUn, seoul } = SPLIT_IDS;
  b.article("s-later", ["Kim Yo Jong threatened Seoul again."], { date: "2024-03-10" });
  b.relation(kimJongUn, "THREATENED", seoul, "s-later", 0);
  const later = build(b);
  const mentioned = new Set(later.mentions!.map((m) => m.entity));
  return { ...later, entities: later.entities.filter((e) => mentioned.has(e.id)) };
}
