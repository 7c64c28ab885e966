// The product's routes as one fetch handler, for any door that speaks fetch
// (the local server here; each Lambda takes only its own part).
import { createBriefingHandler } from "./briefing/http.ts";
import { type GraphQLServerOptions, createGraphQLServer } from "./graphql/server.ts";

export function createApp(options: GraphQLServerOptions) {
  const graphql = createGraphQLServer(options);
  const briefings = createBriefingHandler(options);
  return {
    graphql,
    async fetch(request: Request): Promise<Response> {
      const { pathname } = new URL(request.url);
      if (pathname === "/graphql") return graphql.fetch(request);
      if (pathname.startsWith("/briefings/")) return briefings(request);
      if (pathname === "/health") return Response.json({ ok: true });
      return Response.json({ error: "NOT_FOUND", message: "No such route. GraphQL is served at /graphql." }, { status: 404 });
    },
  };
}
