import { createGraphQLServer } from "../../src/graphql/server.ts";
import { silentLogger } from "../../src/logger.ts";
import type { KnowledgeStore } from "../../src/store/knowledge-store.ts";

export interface GraphQLResult {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Sends operations to the real GraphQL server in-process, through yoga.fetch. */
export function graphqlClient(store: KnowledgeStore, logger = silentLogger) {
  const server = createGraphQLServer({ store, logger });
  return async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> => {
    const response = await server.fetch(
      new Request("http://localhost:4000/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return { status: response.status, ...(await response.json()) };
  };
}
