// Lambda door for GET|HEAD /briefings/{code}.pdf: the event becomes a Request
// for the briefing handler, and its PDF comes back base64-encoded.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { createBriefingHandler } from "../briefing/http.ts";
import { storeConfigFromEnv } from "../config.ts";
import { createClients } from "../store/client.ts";
import { KnowledgeStore } from "../store/knowledge-store.ts";
import { toRequest, toResult } from "./http-adapter.ts";

const config = storeConfigFromEnv();
const briefings = createBriefingHandler({ store: new KnowledgeStore(createClients(config).doc, config.tableName) });

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  return toResult(await briefings(toRequest(event)));
}
