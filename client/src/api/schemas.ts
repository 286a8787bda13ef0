/*
 * The response shapes the explorer reads, under the names its modules import: all of them come from the
 * API contract (domain/api), which the server answers with.
 */
export {
  EXPORT_FORMATS,
  IngestJobSchema,
  type ArticleDetail,
  type ArticleList,
  type ArticleSummary,
  type DecisionImportResult,
  type DecisionList,
  type DuplicateReason,
  type DuplicateSuggestion,
  type EntityDetail,
  type EntityRelation,
  type EvidenceItem,
  type ExportFormat,
  type Health,
  type IngestJob,
  type NeighbourOrder,
  type Problem,
  type RelationDetail,
  type SearchResult,
  type Stats,
} from "../../../domain/api";
export type {
  CypherResponse as CypherResult,
  EntityArticle as ArticleRef,
  PathsResponse as PathsPayload,
} from "../../../domain/api";
