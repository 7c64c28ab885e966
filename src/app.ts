// The product's routes as one fetch handler, for any door that speaks fetch
// (the local server here; each Lambda takes only its own part). CORS wraps
// every route, so briefings and errors carry it as GraphQL answers do.
import { createBriefingHandler } from "./briefing/fetch-handler.ts";
import { type CorsPolicy, corsPolicy, withCors } from "./cors.ts";
import { type GraphQLServerOptions, createGraphQLServer } from "./graphql/server.ts";

export interface AppOptions extends GraphQLServerOptions {
  /** Origins allowed to read answers; any origin, without credentials, when absent. */
  cors?: CorsPolicy;
}

export function createApp(options: AppOptions) {
  const graphql = createGraphQLServer(options);
  const briefings = createBriefingHandler(options);
  const route = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === "/graphql" || pathname.startsWith("/graphql/")) return graphql.fetch(request);
    if (pathname.startsWith("/briefings/")) return briefings(request);
    if (pathname === "/health") return Response.json({ ok: true });
    return Response.json({ error: "NOT_FOUND", message: "No such route. GraphQL is served at /graphql." }, { status: 404 });
  };
  return { graphql, fetch: withCors(route, options.cors ?? corsPolicy(undefined)) };
}
