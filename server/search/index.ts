export { searchRouter } from "./search-routes";
export { buildLuceneQuery, escapeLucene } from "./lucene-query";
