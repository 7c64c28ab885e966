// The one line `npm start` prints when it cannot start: what went wrong and
// what to do, instead of a stack trace.
export function startFailureLine(error: unknown, where: { host: string; port: number }): string {
  const code = (error as { code?: unknown } | null)?.code;
  const address = `${where.host}:${where.port}`;
  if (code === "EADDRINUSE") return `Cannot start: ${address} is already in use. Stop the other server, or choose another port: PORT=${where.port + 1} npm start`;
  if (code === "EACCES") return `Cannot start: no permission to listen on ${address}. Choose a port above 1023: PORT=4000 npm start`;
  if (code === "EADDRNOTAVAIL") return `Cannot start: HOST=${where.host} is not an address of this machine. Try HOST=127.0.0.1`;
  const message = error instanceof Error ? error.message : String(error);
  return `Cannot start: ${message.split("\n")[0]}`;
}
