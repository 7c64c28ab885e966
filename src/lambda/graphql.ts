// Lambda door for POST|GET /graphql: the event becomes a Request for the
// shared GraphQL server, and its Response becomes the result.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { configFromEnv } from "../config.ts";
import { corsPolicy, withCors } from "../cors.ts";
import { dataVersionClockOf } from "../data-version-clock.ts";
import { createGraphQLServer } from "../graphql/server.ts";
import { openDynamoStore } from "../store/dynamodb-knowledge-store.ts";
import { toRequest, toResult } from "./http-adapter.ts";
import { lambdaLogger } from "./logger.ts";

const config = configFromEnv();
const { logger, powertools } = lambdaLogger("graphql");
const store = openDynamoStore(config.store);
const server = createGraphQLServer({
  store,
  dataVersions: dataVersionClockOf(store, config.dataVersionMaxAgeMs),
  logger,
  graphiql: config.graphiql ?? false,
  publicOrigin: config.publicOrigin,
  introspection: config.introspection,
});
const fetch = withCors(server.fetch, corsPolicy(config.allowedOrigins));

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) powertools.addContext(context);
  return toResult(await fetch(toRequest(event)));
}
