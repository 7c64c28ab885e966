// The GraphQL server as a fetch handler: shared by the local HTTP server and
// the Lambda door, which only adapt requests to `yoga.fetch` and back.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createYoga, type YogaServerOptions } from "graphql-yoga";
import type { DataVersionClock } from "../data-version-clock.ts";
import { type Logger, jsonLogger } from "../logger.ts";
import type { KnowledgeStore } from "../store/knowledge-store.ts";
import type { Context } from "./context.ts";
import { checkContentType, readBody } from "./body-limit.ts";
import { useErrorCodes } from "./error-codes.ts";
import { maskError } from "./errors.ts";
import { armorPlugins } from "./limits.ts";
import { useQueriesOnly } from "./queries-only.ts";
import { ResponseCache } from "./response-cache.ts";
import { schema } from "./schema.ts";

export interface GraphQLServerOptions {
  store: KnowledgeStore;
  /** The store's data version clock: given, whole answers are cached per data version (response-cache.ts). */
  dataVersions?: DataVersionClock;
  logger?: Logger;
  /** Serve GraphiQL on GET /graphql; pass `renderGraphiQL` to serve it without a CDN. */
  graphiql?: boolean;
  renderGraphiQL?: YogaServerOptions<object, Context>["renderGraphiQL"];
  /** Origin briefing URLs are built on; the request's own origin when absent. */
  publicOrigin?: string;
  /** Development mode: field suggestions in validation errors. */
  development?: boolean;
}

export function createGraphQLServer(options: GraphQLServerOptions) {
  const logger = options.logger ?? jsonLogger;
  const requests = new AsyncLocalStorage<string>();
  // Yoga keeps parsed and validated documents in its own LRU caches; this adds whole answers.
  const cache = options.dataVersions ? new ResponseCache(options.dataVersions) : undefined;
  const yoga = createYoga<object, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: options.graphiql ? { title: "Central Asia–Japan knowledge API", defaultQuery: DEFAULT_QUERY } : false,
    ...(options.renderGraphiQL ? { renderGraphiQL: options.renderGraphiQL } : {}),
    maskedErrors: { maskError: maskError(logger, () => requests.getStore()) },
    logging: false,
    batching: false,
    multipart: false,
    plugins: [...armorPlugins({ development: options.development ?? false }), useQueriesOnly(), useErrorCodes()],
    context: ({ request }) => {
      const url = new URL(request.url);
      return { store: options.store, references: options.store.referenceTables(), publicOrigin: options.publicOrigin ?? url.origin };
    },
  });
  const fetch = async (request: Request): Promise<Response> => {
    const refused = checkContentType(request);
    if (refused) return refused;
    const body = await readBody(request);
    if (body instanceof Response) return body;
    const execute = async () => {
      const read = new Request(request.url, { method: request.method, headers: request.headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
      return requests.run(request.headers.get("x-request-id") ?? randomUUID(), () => yoga.fetch(read));
    };
    return cache ? cache.handle(request, body, execute) : execute();
  };
  return { fetch, yoga };
}

const DEFAULT_QUERY = `# The five republics and Japan's loans to each, with their briefings.
query Countries {
  countries {
    code
    name
    capital
    aidFigures(kind: LOAN) {
      asOfYear
      amount { formatted }
    }
    briefingUrl
  }
}
`;
