import countries from "world-countries";
import { seededRandom } from "../client/src/graph/seeded-random";

/**
 * Generates news-like articles from varied sentence templates over real country names, capitals and
 * demonyms and a list of well-known armed groups and bodies, so benchmarks run on text the extractor
 * must really parse. Deterministic for a given seed, so runs compare like with like.
 */

/** [name, whether it takes "the"] */
const GROUPS: [string, boolean][] = [
  ["Hamas", false],
  ["Hizbollah", false],
  ["Houthis", true],
  ["Taliban", true],
  ["al-Shabaab", false],
  ["Boko Haram", false],
  ["Islamic State group", true],
  ["Kurdistan Workers' Party", true],
  ["Wagner Group", true],
  ["Rapid Support Forces", true],
  ["Revolutionary Guards", true],
  ["Popular Mobilisation Forces", true],
  ["Free Syrian Army", true],
  ["Arakan Army", true],
  ["M23 rebels", true],
];

const PEOPLE_FIRST = [
  "Ahmed",
  "Maria",
  "John",
  "Li",
  "Fatima",
  "Sergei",
  "Amina",
  "Carlos",
  "Yusuf",
  "Elena",
  "David",
  "Nadia",
];
const PEOPLE_LAST = [
  "Haddad",
  "Petrov",
  "Okafor",
  "Schmidt",
  "Rahimi",
  "Santos",
  "Kowalski",
  "Nasser",
  "Tanaka",
  "Moreau",
];
const TITLES = [
  "foreign minister",
  "defence minister",
  "president",
  "prime minister",
  "army commander",
  "national security adviser",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const TEMPLATES: ((p: Picks) => string)[] = [
  (p) => `${p.stateA} accused ${p.stateB} of supplying ${p.group} with weapons and drones.`,
  (p) => `${p.group} attacked ${p.demonymA} forces near the border on ${p.weekday}, officials said.`,
  (p) => `The ${p.demonymA} ${p.title} ${p.person} held talks with ${p.stateB} in ${p.capitalC} last month.`,
  (p) => `${p.stateC} mediated between ${p.stateA} and ${p.stateB} during indirect negotiations in ${p.month}.`,
  (p) => `${p.stateA} imposed new sanctions on ${p.stateB} over its support for ${p.group}.`,
  (p) => `${p.capitalA}-backed ${p.groupBare} launched missiles at ${p.stateB}, according to a statement.`,
  (p) => `${p.stateA} and ${p.stateB} agreed to a ceasefire after weeks of fighting.`,
  (p) => `${p.person}, the ${p.demonymB} ${p.title}, warned that ${p.stateB} would use force if the attacks continued.`,
  (p) => `${p.stateB} demanded that ${p.stateA} withdraw its troops from the disputed region.`,
  (p) => `Strikes by ${p.stateA} and ${p.stateC} against ${p.group} positions continued overnight.`,
  (p) => `${p.stateA} did not attack ${p.stateC}, the ministry said in a statement.`,
  (p) => `Analysts say the talks between ${p.capitalA} and ${p.capitalB} could reshape the region in ${p.year}.`,
];

interface Picks {
  stateA: string;
  stateB: string;
  stateC: string;
  demonymA: string;
  demonymB: string;
  capitalA: string;
  capitalB: string;
  capitalC: string;
  group: string;
  groupBare: string;
  person: string;
  title: string;
  month: string;
  weekday: string;
  year: number;
}

interface Country {
  name: string;
  demonym: string;
  capital: string;
}

const COUNTRIES: Country[] = countries
  .filter((c) => c.independent && c.capital.length > 0 && c.demonyms?.eng?.m && !c.demonyms.eng.m.includes(","))
  .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng.m, capital: c.capital[0] }));

function groupNames([name, takesThe]: [string, boolean]): { group: string; groupBare: string } {
  return { group: takesThe ? `the ${name}` : name, groupBare: name };
}

export interface SyntheticArticle {
  title: string;
  source: string;
  date: string;
  authors: string[];
  url: string;
  text: string;
}

export function syntheticArticles(count: number, seed = 42, sentencesPerArticle = 12): SyntheticArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    const [a, b, c] = [pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)];
    const month = Math.floor(next() * 12);
    const year = 2015 + Math.floor(next() * 10);
    const sentences: string[] = [];
    for (let s = 0; s < sentencesPerArticle; s += 1) {
      const p: Picks = {
        stateA: a.name,
        stateB: b.name,
        stateC: c.name,
        demonymA: a.demonym,
        demonymB: b.demonym,
        capitalA: a.capital,
        capitalB: b.capital,
        capitalC: c.capital,
        ...groupNames(pick(GROUPS)),
        person: `${pick(PEOPLE_FIRST)} ${pick(PEOPLE_LAST)}`,
        title: pick(TITLES),
        month: pick(MONTHS),
        weekday: pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        year,
      };
      const sentence = pick(TEMPLATES)(p);
      sentences.push(sentence[0].toUpperCase() + sentence.slice(1));
    }
    const date = `${year}-${String(month + 1).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
    articles.push({
      title: `${a.name} and ${b.name}: tensions rise (${i})`,
      source: pick(["Synthetic Wire", "Bench Times", "Test Gazette"]),
      date,
      authors: [`${pick(PEOPLE_FIRST)} ${pick(PEOPLE_LAST)}`],
      url: `https://example.org/synthetic/${seed}/${i}`,
      text: sentences.join(" "),
    });
  }
  return articles;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
