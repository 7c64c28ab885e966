// `npm start`: the local door. Starts the embedded DynamoDB (unless pointed at
// another endpoint), loads the seed data, and serves everything on one port.
import { createServer } from "node:http";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createServerAdapter } from "@whatwg-node/server";
import { createApp } from "../app.ts";
import { storeConfigFromEnv } from "../config.ts";
import { jsonLogger, describeError } from "../logger.ts";
import { startEmbeddedDynamoDB } from "../store/embedded-dynamodb.ts";
import { openStore } from "../store/open.ts";

const env = process.env;
const port = Number(env.PORT ?? 4000);
const host = env.HOST ?? "127.0.0.1";
const config = storeConfigFromEnv();
const embedded = config.endpoint ? undefined : await startEmbeddedDynamoDB({ path: env.DATA_DIR || undefined });
if (embedded) config.endpoint = embedded.endpoint;

try {
  const store = await openStore(config, {
    createTable: embedded !== undefined || env.SEED === "true",
    seed: embedded !== undefined || env.SEED === "true",
    logger: jsonLogger,
  });
  const graphiql = env.GRAPHIQL !== "false";
  const app = createApp({ store, graphiql, renderGraphiQL, publicOrigin: env.PUBLIC_ORIGIN });
  const server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const where = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  console.log(`Central Asia–Japan knowledge API
  ${graphiql ? "GraphQL + GraphiQL" : "GraphQL           "}  ${where}/graphql
  briefings           ${where}/briefings/{code}.pdf  (e.g. ${where}/briefings/KZ.pdf)
  data                ${embedded ? `embedded DynamoDB (${env.DATA_DIR ? `kept in ${env.DATA_DIR}` : "in memory"})` : `${config.endpoint}, table ${config.tableName}`}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.closeIdleConnections();
    server.close(async () => {
      store.doc.destroy();
      await embedded?.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  jsonLogger.error("could not start", describeError(error));
  await embedded?.close();
  process.exit(1);
}
