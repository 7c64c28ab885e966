// `npm start`: the local door. Opens the local store (the embedded DynamoDB,
// seeded, unless configured otherwise) and serves everything on one port.
import { createServer } from "node:http";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createServerAdapter } from "@whatwg-node/server";
import { createApp } from "../app.ts";
import { configFromEnv } from "../config.ts";
import { corsPolicy } from "../cors.ts";
import { dataVersionClockOf } from "../data-version-clock.ts";
import { type LocalStore, openLocalStore } from "../local-store.ts";
import { jsonLogger } from "../logger.ts";
import { startFailureLine } from "./start-failure.ts";

const config = configFromEnv();
const { port, host } = config;
let local: LocalStore | undefined;

try {
  local = await openLocalStore(config, jsonLogger);
  const { store } = local;
  const graphiql = config.graphiql ?? true;
  const app = createApp({
    store,
    dataVersions: dataVersionClockOf(store, config.dataVersionMaxAgeMs),
    graphiql,
    renderGraphiQL,
    publicOrigin: config.publicOrigin,
    introspection: config.introspection,
    cors: corsPolicy(config.allowedOrigins),
  });
  const server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const where = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  console.log(`Central Asia–Japan knowledge API
  ${graphiql ? "GraphQL + GraphiQL" : "GraphQL           "}  ${where}/graphql
  briefings           ${where}/briefings/{code}.pdf  (e.g. ${where}/briefings/KZ.pdf)
  data                ${local.where}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.closeIdleConnections();
    server.close(async () => {
      await local?.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  console.error(startFailureLine(error, { host, port }));
  await local?.close();
  process.exit(1);
}
