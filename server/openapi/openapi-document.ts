import { z } from "zod";
import { ENDPOINTS, Endpoint, ProblemSchema } from "../../domain/api";

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "the request is invalid, or the query was refused (detail says why)",
  401: "no write token: send Authorization: Bearer <token>",
  403: "a wrong token, a host the server does not answer for, or a write from another site",
  409: "the job can no longer be cancelled",
  404: "not found",
  413: "body larger than BODY_LIMIT",
  415: "unsupported media type",
  429: "rate limit reached",
  503: "Neo4j is not reachable, or the console or the ingest queue is full (try again)",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** A zod object of query or path values as OpenAPI parameters. */
function parameters(schema: z.ZodObject | undefined, location: "query" | "path"): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === "path" || (object.required ?? []).includes(name),
      schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

function problem(description: string): JsonSchema {
  return { description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
}

function operation(endpoint: Endpoint): JsonSchema {
  const content: JsonSchema = {};
  if (endpoint.body) content["application/json"] = { schema: jsonSchema(endpoint.body, "input") };
  if (endpoint.multipart) {
    const { files, fields } = endpoint.multipart;
    content["multipart/form-data"] = {
      schema: {
        type: "object",
        properties: {
          files: { type: "array", items: { type: "string", format: "binary" }, description: files },
          ...Object.fromEntries(
            Object.entries(fields).map(([name, description]) => [name, { type: "string", description }]),
          ),
        },
      },
    };
  }
  const success = endpoint.download
    ? {
        description: "the file, with Content-Disposition: attachment",
        content: Object.fromEntries(
          endpoint.download.map((t) => [t, { schema: { type: "string", format: "binary" } }]),
        ),
      }
    : {
        description: "OK",
        content: { "application/json": { schema: endpoint.response ? jsonSchema(endpoint.response, "output") : {} } },
      };
  return {
    summary: endpoint.summary,
    tags: [endpoint.path.split("/")[2]],
    parameters: [...parameters(endpoint.params, "path"), ...parameters(endpoint.query, "query")],
    ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
    ...(endpoint.auth ? { security: [{ bearer: [] }, { cookie: [] }] } : {}),
    responses: {
      [endpoint.success ?? 200]: success,
      ...Object.fromEntries(endpoint.errors.map((status) => [status, problem(STATUS_TEXT[status] ?? "error")])),
      500: problem("an unexpected fault; the detail names the request id to look up in the server log"),
    },
  };
}

/** The OpenAPI 3.1 description of the API, generated from the contract the routes validate with (domain/api). */
export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of Object.values<Endpoint>(ENDPOINTS))
    (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: "3.1.0",
    info: {
      title: "Newsgraph API",
      version,
      description: "A knowledge graph of news: entities, relations with evidence, articles. See docs/api.md.",
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(ProblemSchema, "output") },
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "the write token: INGEST_TOKEN, or the one generated into .data/ingest-token (npm start prints it)",
        },
        cookie: {
          type: "apiKey",
          in: "cookie",
          name: "newsgraph_token",
          description: "set (httpOnly, SameSite=Strict) by the pages this server serves, so the explorer can write",
        },
      },
    },
  };
}
