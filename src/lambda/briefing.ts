// Lambda door for GET|HEAD /briefings/{code}.pdf: the event becomes a Request
// for the briefing handler, and its PDF comes back base64-encoded.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { createBriefingHandler } from "../briefing/http.ts";
import { configFromEnv } from "../config.ts";
import { corsPolicy, withCors } from "../cors.ts";
import { openDynamoStore } from "../store/dynamodb-knowledge-store.ts";
import { toRequest, toResult } from "./http-adapter.ts";
import { lambdaLogger } from "./logger.ts";

const config = configFromEnv();
const { logger, powertools } = lambdaLogger("briefing");
const briefings = withCors(createBriefingHandler({ store: openDynamoStore(config.store), logger }), corsPolicy(config.allowedOrigins));

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) powertools.addContext(context);
  return toResult(await briefings(toRequest(event)));
}
