// The embedded default: dynalite (DynamoDB's HTTP API on LevelDB) on loopback,
// in memory unless given a folder. The application reaches it through the same
// AWS SDK client it uses against DynamoDB in AWS; only the endpoint differs.
import type { AddressInfo } from "node:net";
import dynalite from "dynalite";

export interface EmbeddedDynamoDB {
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

export async function startEmbeddedDynamoDB(options: { port?: number; path?: string } = {}): Promise<EmbeddedDynamoDB> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    // Requests in flight finish first: dynalite closes its database with the server.
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
