// The embedded default: dynalite (DynamoDB's HTTP API on LevelDB) on loopback,
// in memory unless given a folder. The application reaches it through the same
// AWS SDK client it uses against DynamoDB in AWS; only the endpoint differs,
// and the credentials: dynalite checks no signature, so it alone gets fixed
// dummy ones instead of the AWS environment's.
import type { AddressInfo } from "node:net";
import dynalite from "dynalite";
import type { StoreConfig } from "../config.ts";

export interface EmbeddedDynamoDB {
  endpoint: string;
  port: number;
  /** How a client reaches it: the settings to put over a StoreConfig's. */
  connection: Required<Pick<StoreConfig, "endpoint" | "region" | "credentials">>;
  close(): Promise<void>;
}

const DUMMY_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" };

export async function startEmbeddedDynamoDB(options: { port?: number; path?: string } = {}): Promise<EmbeddedDynamoDB> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    connection: { endpoint, region: "us-east-1", credentials: DUMMY_CREDENTIALS },
    // Requests in flight finish first: dynalite closes its database with the server.
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
