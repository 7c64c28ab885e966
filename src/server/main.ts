// `npm start`: the local door. Opens the local store (the embedded DynamoDB,
// seeded, unless configured otherwise) and serves everything on one port.
import "./production-mode.ts";
import type { Server } from "node:http";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createApp } from "../app.ts";
import { versionedStoreOf } from "../cache/versioned-store.ts";
import { configFromEnv } from "../config.ts";
import { corsPolicy } from "../cors.ts";
import { type LocalStore, openLocalStore } from "../local-store.ts";
import { jsonLogger } from "../logger.ts";
import { createHttpServer } from "./http-server.ts";
import { startFailureLine } from "./start-failure.ts";

const config = configFromEnv();
const { port, host } = config;
const where = `${host === "0.0.0.0" ? "localhost" : host.includes(":") ? `[${host}]` : host}:${port}`;
let local: LocalStore | undefined;
let server: Server | undefined;

// Installed before the start-up seed: a first Ctrl-C lets the seed step finish
// and closes the database cleanly; a second one exits at once.
let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(130);
  stopping = true;
  console.log(`${signal}: shutting down${server ? "" : " after the start-up step (again to exit now)"}`);
  if (server) {
    server.closeIdleConnections();
    server.close(() => void closeAndExit());
    setTimeout(() => process.exit(0), 5000).unref();
  }
};
const closeAndExit = async () => {
  await local?.close();
  process.exit(0);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

try {
  local = await openLocalStore(config, jsonLogger);
  if (stopping) await closeAndExit();
  const { store, dataVersions } = versionedStoreOf(local.store, config.dataVersionMaxAgeMs);
  const graphiql = config.graphiql ?? true;
  const app = createApp({
    store,
    dataVersions,
    graphiql,
    renderGraphiQL,
    // From configuration, never from a request's Host header.
    publicOrigin: config.publicOrigin ?? `http://${where}`,
    introspection: config.introspection,
    cors: corsPolicy(config.allowedOrigins),
  });
  server = createHttpServer(app.fetch, { logger: jsonLogger, host: where });
  const listening = server;
  await new Promise<void>((resolve, reject) => {
    listening.once("error", reject);
    listening.listen(port, host, () => {
      listening.off("error", reject);
      resolve();
    });
  });
  console.log(`Central Asia–Japan knowledge API
  ${graphiql ? "GraphQL + GraphiQL" : "GraphQL           "}  http://${where}/graphql
  briefings           http://${where}/briefings/{code}.pdf  (e.g. http://${where}/briefings/KZ.pdf)
  data                ${local.where}`);
} catch (error) {
  console.error(startFailureLine(error, { host, port }));
  await local?.close();
  process.exit(1);
}
