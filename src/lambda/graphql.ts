// Lambda door for POST|GET /graphql: the event becomes a Request for the
// shared GraphQL server, and its Response becomes the result.
import type { Context } from "aws-lambda";
import { storeConfigFromEnv } from "../config.ts";
import { createGraphQLServer } from "../graphql/server.ts";
import { createClients } from "../store/client.ts";
import { KnowledgeStore } from "../store/knowledge-store.ts";
import { type HttpEvent } from "./event-request.ts";
import { type HttpResult, handleEvent } from "./http-adapter.ts";
import { lambdaLogger } from "./logger.ts";

const config = storeConfigFromEnv();
const { logger, powertools } = lambdaLogger("graphql");
const server = createGraphQLServer({
  store: new KnowledgeStore(createClients(config).doc, config.tableName, { dataVersionMaxAgeMs: config.dataVersionMaxAgeMs }),
  logger,
  graphiql: process.env.GRAPHIQL === "true",
  publicOrigin: process.env.PUBLIC_ORIGIN || undefined,
});

export async function handler(event: HttpEvent, context?: Context): Promise<HttpResult> {
  if (context) powertools.addContext(context);
  return handleEvent(event, server.fetch, logger);
}
