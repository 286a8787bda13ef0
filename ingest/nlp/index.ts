export type { AnnotatedDocument, AnnotatedSentence, Dependency, NerSpan, Token } from "./annotated-document";
export { AnnotationFormatError, fromCoreNlpJson } from "./annotated-document";
export { CoreNlpClient, CoreNlpTextError, CoreNlpUnavailableError, type CoreNlpClientOptions } from "./corenlp-client";
export { CORENLP_PROPERTIES } from "./corenlp-properties";
export {
  connectCoreNlp,
  coreNlpClient,
  endpointUrl,
  localCoreNlpOptions,
  splitCredentials,
  type CoreNlpConnection,
} from "./corenlp-connection";
