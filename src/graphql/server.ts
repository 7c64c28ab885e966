// The GraphQL server as a fetch handler: shared by the local HTTP server and
// the Lambda door, which only adapt requests to `yoga.fetch` and back.
import { randomUUID } from "node:crypto";
import { createYoga } from "graphql-yoga";
import type { DataVersionClock } from "../data-version-clock.ts";
import { type Logger, jsonLogger } from "../logger.ts";
import type { KnowledgeStore } from "../store/knowledge-store.ts";
import type { Context } from "./context.ts";
import { checkContentType, readBody } from "./body-limit.ts";
import { useErrorCodes } from "./error-codes.ts";
import { maskError } from "./errors.ts";
import { armorPlugins } from "./limits.ts";
import { useQueriesOnly } from "./queries-only.ts";
import { useIntrospectionSetting } from "./use-introspection-setting.ts";
import { ResponseCache } from "./response-cache.ts";
import { useAPQ } from "./use-apq.ts";
import { wantedReferences } from "./wanted-references.ts";
import { type RenderGraphiQL, landingPage, wantsPage } from "./use-landing-page.ts";
import { SDL_PATH, sdlRoute } from "./use-sdl-route.ts";
import { schema } from "./schema.ts";

export interface GraphQLServerOptions {
  store: KnowledgeStore;
  /** The store's data version clock: given, whole answers are cached per data version (response-cache.ts). */
  dataVersions?: DataVersionClock;
  logger?: Logger;
  /** Serve GraphiQL, self-hosted, to browsers opening /graphql; a short page about the API when off. */
  graphiql?: boolean;
  renderGraphiQL?: RenderGraphiQL;
  /** Origin briefing URLs are built on; the request's own origin when absent. */
  publicOrigin?: string;
  /** Development mode: field suggestions in validation errors. */
  development?: boolean;
  /** Answer `__schema` and `__type` (default true: the schema is public). */
  introspection?: boolean;
}

export function createGraphQLServer(options: GraphQLServerOptions) {
  const logger = options.logger ?? jsonLogger;
  const introspection = options.introspection ?? true;
  // Yoga keeps parsed and validated documents in its own LRU caches; this adds whole answers.
  const cache = options.dataVersions ? new ResponseCache(options.dataVersions) : undefined;
  // Requests whose result carries errors (or is not plain data): their answers are not cached.
  const failed = new WeakSet<Request>();
  // Masked errors and what to log of them, logged with their request's id once its answer is made
  // (an AsyncLocalStorage for the id would slow every promise of every request).
  const unreported = new WeakMap<object, { message: string; details: Record<string, unknown> }>();
  const yoga = createYoga<object, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    // CORS is the app's, for every route alike (src/cors.ts).
    cors: false,
    maskedErrors: { maskError: maskError((masked, message, details) => unreported.set(masked, { message, details })) },
    logging: false,
    batching: false,
    multipart: false,
    // The body is read and bounded before yoga sees it (body-limit.ts); yoga's own
    // bound would pipe it through a stream once more.
    maxRequestBodySize: false,
    plugins: [
      useAPQ(),
      ...armorPlugins({ development: options.development ?? false }),
      useQueriesOnly(),
      useIntrospectionSetting(introspection),
      useErrorCodes(),
      {
        onResultProcess: ({ request, result }) => {
          if (isCacheable(result)) return;
          failed.add(request);
          for (const error of errorsOf(result)) {
            const report = unreported.get(error);
            if (!report) continue;
            unreported.delete(error);
            logger.error(report.message, { requestId: request.headers.get("x-request-id") ?? randomUUID(), ...report.details });
          }
        },
      },
    ],
    context: ({ request, params }) => {
      const url = new URL(request.url);
      return { store: options.store, references: options.store.referenceTables(wantedReferences(params?.query)), publicOrigin: options.publicOrigin ?? url.origin };
    },
  });
  const sdl = sdlRoute(introspection);
  const page = landingPage({
    graphiql: options.graphiql ?? false,
    renderGraphiQL: options.renderGraphiQL,
    graphiqlOptions: { title: "Central Asia–Japan knowledge API", defaultQuery: DEFAULT_QUERY },
    logger,
  });
  const fetch = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === SDL_PATH) return sdl(request);
    if (wantsPage(request)) return page(request);
    const refused = checkContentType(request);
    if (refused) return refused;
    const body = await readBody(request);
    if (body instanceof Response) return body;
    const execute = async () => {
      // Yoga's own Request class: it reads this body without a stream.
      const read = new yoga.fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
      const response = await yoga.fetch(read);
      return { response, failed: failed.has(read) };
    };
    return cache ? cache.handle(request, body, execute) : (await execute()).response;
  };
  return { fetch, yoga, cache };
}

/** The errors of a result yoga is about to serialize. */
function errorsOf(result: unknown): object[] {
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((r) => (r && typeof r === "object" && Array.isArray((r as { errors?: unknown }).errors) ? ((r as { errors: object[] }).errors) : []));
}

/** Whether a result yoga is about to serialize is plain data without errors: anything else is not cached. */
function isCacheable(result: unknown): boolean {
  const results = Array.isArray(result) ? result : [result];
  return results.every((r) => r !== null && typeof r === "object" && !(Symbol.asyncIterator in r)) && errorsOf(result).length === 0;
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
