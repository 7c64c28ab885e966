// Lambda door for GET|HEAD /briefings/{code}.pdf: the event becomes a plain
// request for the briefing routes, and its PDF comes back base64-encoded. No
// fetch class is used, so a cold start does not load Node's fetch (undici).
import type { Context } from "aws-lambda";
import { createBriefingResponder } from "../briefing/http.ts";
import { warmUpBriefings } from "../briefing/warm-up.ts";
import { versionedStoreOf } from "../cache/versioned-store.ts";
import { configFromEnv } from "../config.ts";
import { corsPolicy, withPlainCors } from "../cors.ts";
import { openDynamoStore } from "../store/dynamodb-knowledge-store.ts";
import type { HttpEvent } from "./event-request.ts";
import { type HttpResult, handlePlainEvent } from "./http-adapter.ts";
import { lambdaLogger } from "./logger.ts";

const config = configFromEnv();
const { logger, powertools } = lambdaLogger("briefing");
const { store, dataVersions } = versionedStoreOf(openDynamoStore(config.store), config.dataVersionMaxAgeMs);
const readAhead = warmUpBriefings(store, dataVersions);
const briefings = withPlainCors(createBriefingResponder({ store, dataVersions, logger, readAhead }), corsPolicy(config.allowedOrigins));

export async function handler(event: HttpEvent, context?: Context): Promise<HttpResult> {
  if (context) powertools.addContext(context);
  return handlePlainEvent(event, briefings, logger);
}
