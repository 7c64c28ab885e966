// Lambda door for POST|GET /graphql: the event becomes a Request for the
// shared GraphQL server, and its Response becomes the result.
import type { Context } from "aws-lambda";
import { versionedStoreOf } from "../cache/versioned-store.ts";
import { configFromEnv } from "../config.ts";
import { corsPolicy, withCors } from "../cors.ts";
import { createGraphQLServer } from "../graphql/server.ts";
import { openDynamoStore } from "../store/dynamodb-knowledge-store.ts";
import type { HttpEvent } from "./event-request.ts";
import { type HttpResult, handleEvent } from "./http-adapter.ts";
import { lambdaLogger } from "./logger.ts";

const config = configFromEnv();
const { logger, powertools } = lambdaLogger("graphql");
const { store, dataVersions } = versionedStoreOf(openDynamoStore(config.store), config.dataVersionMaxAgeMs);
const server = createGraphQLServer({
  store,
  dataVersions,
  logger,
  graphiql: config.graphiql ?? false,
  publicOrigin: config.publicOrigin,
  introspection: config.introspection,
});
const fetch = withCors(server.fetch, corsPolicy(config.allowedOrigins));

export async function handler(event: HttpEvent, context?: Context): Promise<HttpResult> {
  if (context) powertools.addContext(context);
  return handleEvent(event, fetch, logger);
}
