import "dotenv/config";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../config";
import type { Extraction } from "../domain";
import { connectCoreNlp } from "../ingest/nlp";
import { extractFromPaths } from "../ingest/pipeline";

const ROOT = path.resolve(__dirname, "..");
const SHARED = path.resolve(ROOT, process.env.NEWSGRAPH_SHARED ?? "../shared");
const SCORER = path.join(SHARED, "tools/score-extraction.mjs");
const REPORT = path.join(ROOT, "EVALUATION.md");

interface EvalSet {
  name: string;
  texts: string;
  gold: string;
}

interface Score {
  relations: {
    coreRecall: number;
    shouldRecall: number;
    precision: number;
    f1: number;
    truePositives: number;
    wrong: number;
    unverifiable: number;
  };
  entities: { coreRecall: number; coreTyped: number; shouldRecall: number; duplicates: number; noise: number };
  events: { coreRecall: number; shouldRecall: number };
  detail: Record<string, string[]>;
}

interface SetResult {
  set: EvalSet;
  score: Score;
  articles: number;
  words: number;
  seconds: number;
  failures: string[];
}

/**
 * Every set under the shared corpus that has a gold file: the seeds (gold in spec/), and each corpus
 * folder with a gold.json, its texts in `articles/` or `sentences/`.
 */
function discoverSets(): EvalSet[] {
  const sets: EvalSet[] = [];
  const corpus = path.join(SHARED, "corpus");
  const seedGold = path.join(SHARED, "spec/seed-gold.json");
  if (existsSync(path.join(corpus, "seeds")) && existsSync(seedGold))
    sets.push({ name: "seeds", texts: path.join(corpus, "seeds"), gold: seedGold });
  for (const name of readdirSync(corpus).sort()) {
    const dir = path.join(corpus, name);
    const gold = path.join(dir, "gold.json");
    if (!statSync(dir).isDirectory() || !existsSync(gold)) continue;
    const texts = ["articles", "sentences"].map((sub) => path.join(dir, sub)).find((sub) => existsSync(sub)) ?? dir;
    sets.push({ name, texts, gold });
  }
  return sets;
}

function score(extraction: Extraction, gold: string): Score {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "newsgraph-eval-")), "extraction.json");
  const printable = { ...extraction, articles: extraction.articles.map(({ text: _text, ...rest }) => rest) };
  writeFileSync(file, JSON.stringify(printable));
  const run = spawnSync(process.execPath, [SCORER, file, gold, "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the scorer failed on ${gold}: ${run.stderr}`);
  // The scorer ends its JSON document with a one-line summary.
  return JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf("\n}") + 2)) as Score;
}

const pct = (x: number): string => `${Math.round(100 * x)}%`;
const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function report(results: SetResult[], when: string): string {
  const lines = [
    "# Extraction quality",
    "",
    `Written by \`npm run eval\` on ${when}: the extraction (\`npm run extract\`'s, rules over Stanford CoreNLP) of every`,
    "set under `../shared/corpus/` that has a gold file, scored with `../shared/tools/score-extraction.mjs`.",
    "Relation precision counts a relation whose endpoint the gold does not know as not verified (the scorer's",
    "strict precision); F1 is over core and should recall. Words per second cover parsing and extraction of",
    "the whole set, CoreNLP included, on this machine.",
    "",
    "| set | articles | relation F1 | core recall | should recall | precision | entity core recall (typed) | duplicates | noise | event core / should recall | words/s |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const { set, score: s, articles, words, seconds } of results) {
    lines.push(
      `| ${set.name} | ${articles} | ${pct(s.relations.f1)} | ${pct(s.relations.coreRecall)} | ${pct(s.relations.shouldRecall)} | ${pct(s.relations.precision)} | ${pct(s.entities.coreRecall)} (${pct(s.entities.coreTyped)}) | ${s.entities.duplicates} | ${s.entities.noise} | ${pct(s.events.coreRecall)} / ${pct(s.events.shouldRecall)} | ${Math.round(words / seconds)} |`,
    );
  }
  for (const { set, score: s, failures } of results) {
    lines.push("", `## ${set.name}`, "");
    lines.push(
      `${s.relations.truePositives} relations right, ${s.relations.wrong} wrong, ${s.relations.unverifiable} with an endpoint the gold does not know.`,
    );
    for (const [title, key] of [
      ["Missing core relations", "missingCoreRelations"],
      ["Wrong relations", "wrongRelations"],
      ["Missing core entities", "missingCoreEntities"],
      ["Duplicate entities", "duplicateEntities"],
    ] as const) {
      const list = s.detail[key] ?? [];
      if (list.length) lines.push("", `${title} (${list.length}):`, "", ...list.map((item) => `- ${item}`));
    }
    if (failures.length) lines.push("", "Inputs that failed:", "", ...failures.map((f) => `- ${f}`));
  }
  return lines.join("\n") + "\n";
}

async function main(): Promise<void> {
  const sets = discoverSets();
  if (!sets.length) throw new Error(`no evaluation set with a gold file under ${path.join(SHARED, "corpus")}`);
  const nlp = await connectCoreNlp(loadConfig(), (line) => process.stderr.write(`corenlp: ${line}\n`));
  const results: SetResult[] = [];
  try {
    for (const set of sets) {
      process.stderr.write(`eval: ${set.name} (${set.texts})\n`);
      const started = process.hrtime.bigint();
      const { extraction, failures } = await extractFromPaths([set.texts], { nlp: nlp.client });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const words = extraction.articles.reduce((n, a) => n + countWords(a.text ?? ""), 0);
      const result = {
        set,
        score: score(extraction, set.gold),
        articles: extraction.articles.length,
        words,
        seconds,
        failures: failures.map((f) => `${f.file}: ${f.reason}`),
      };
      results.push(result);
      const r = result.score.relations;
      process.stderr.write(
        `eval: ${set.name}: relation F1 ${pct(r.f1)} (core ${pct(r.coreRecall)}, should ${pct(r.shouldRecall)}, precision ${pct(r.precision)}), ${Math.round(words / seconds)} words/s\n`,
      );
    }
  } finally {
    await nlp.close();
  }
  writeFileSync(REPORT, report(results, new Date().toISOString().slice(0, 10)));
  process.stderr.write(`eval: wrote ${path.relative(ROOT, REPORT)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`eval: ${error.message}\n`);
  process.exit(1);
});
