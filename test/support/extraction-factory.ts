import { createHash } from "node:crypto";
import {
  Article,
  EntityLabel,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  Mention,
  RelationType,
} from "../../domain";

/** Builds small extractions for tests: sentences are placed in the article text so offsets are real. */
export class ExtractionBuilder {
  private articles: Article[] = [];
  private entities = new Map<string, ExtractedEntity>();
  private relations: ExtractedRelation[] = [];
  private mentions: Mention[] = [];

  entity(type: EntityLabel, name: string, extra: Partial<ExtractedEntity> = {}): string {
    const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    this.entities.set(id, { id, name, type, aliases: [name], ...extra });
    return id;
  }

  article(id: string, sentences: string[], meta: Partial<Article> = {}): { id: string; offsets: [number, number][] } {
    const offsets: [number, number][] = [];
    let text = "";
    for (const sentence of sentences) {
      if (text) text += " ";
      offsets.push([text.length, text.length + sentence.length]);
      text += sentence;
    }
    this.articles.push({
      id,
      title: meta.title ?? `Article ${id}`,
      source: meta.source ?? "Test Wire",
      date: meta.date ?? "2024-03-01",
      authors: meta.authors ?? [],
      contentHash: createHash("sha256").update(text).digest("hex"),
      text,
      ...meta,
    });
    return { id, offsets };
  }

  /** A relation said by sentence `index` of `article`; both endpoints are mentioned there. */
  relation(
    source: string,
    type: RelationType,
    target: string,
    article: string,
    index = 0,
    extra: Partial<ExtractedRelation> = {},
  ): this {
    const doc = this.articles.find((a) => a.id === article);
    if (!doc?.text) throw new Error(`no article ${article}`);
    const sentences = splitBack(doc.text);
    const [start, end] = sentences[index];
    const sentence = doc.text.slice(start, end);
    for (const id of [source, target]) {
      const name = this.entities.get(id)?.name ?? id;
      const at = sentence.indexOf(name);
      const s = at >= 0 ? start + at : start;
      this.mentions.push({ entity: id, article, start: s, end: at >= 0 ? s + name.length : end });
    }
    this.relations.push({
      source,
      type,
      target,
      evidence: [{ article, sentence, start, end }],
      confidence: 0.8,
      ...extra,
    });
    return this;
  }

  build(): Extraction {
    return {
      articles: this.articles,
      entities: [...this.entities.values()],
      relations: this.relations,
      mentions: this.mentions,
    };
  }
}

function splitBack(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /[^.!?]+[.!?]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    spans.push([m.index + lead, m.index + m[0].length]);
  }
  return spans;
}
