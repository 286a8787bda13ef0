import { retractArticle } from "../../storage";
import { notFound } from "../http";
import { Db } from "../../storage";
import { ArticleDetail, ArticleList, Retraction } from "../../domain/api";
import { listArticles, readArticle } from "./articles-repository";

export function getArticles(db: Db, source: string | undefined, limit: number, offset: number): Promise<ArticleList> {
  return listArticles(db, source, limit, offset);
}

export async function getArticle(db: Db, id: string): Promise<ArticleDetail> {
  const article = await readArticle(db, id);
  if (!article) throw notFound(`no article with id ${id}`);
  return article;
}

/** Takes an article and its evidence out of the graph (the loader owns how). */
export async function retract(db: Db, id: string): Promise<Retraction> {
  const removed = await retractArticle(db.driver, db.database, id);
  if (removed.article === 0) throw notFound(`no article with id ${id}`);
  return { removed };
}
