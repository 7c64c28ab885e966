// Lambda door for GET|HEAD /briefings/{code}.pdf: the event becomes a Request
// for the briefing handler, and its PDF comes back base64-encoded.
import type { Context } from "aws-lambda";
import { createBriefingHandler } from "../briefing/http.ts";
import { versionedStoreOf } from "../cache/versioned-store.ts";
import { configFromEnv } from "../config.ts";
import { corsPolicy, withCors } from "../cors.ts";
import { openDynamoStore } from "../store/dynamodb-knowledge-store.ts";
import type { HttpEvent } from "./event-request.ts";
import { type HttpResult, handleEvent } from "./http-adapter.ts";
import { lambdaLogger } from "./logger.ts";

const config = configFromEnv();
const { logger, powertools } = lambdaLogger("briefing");
const { store, dataVersions } = versionedStoreOf(openDynamoStore(config.store), config.dataVersionMaxAgeMs);
const briefings = withCors(createBriefingHandler({ store, dataVersions, logger }), corsPolicy(config.allowedOrigins));

export async function handler(event: HttpEvent, context?: Context): Promise<HttpResult> {
  if (context) powertools.addContext(context);
  return handleEvent(event, briefings, logger);
}
