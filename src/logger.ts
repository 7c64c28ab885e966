// Structured JSON lines for the owner (CloudWatch in AWS, the terminal locally).
export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export const jsonLogger: Logger = {
  info: (message, data) => console.log(JSON.stringify({ level: "INFO", time: new Date().toISOString(), message, ...data })),
  error: (message, data) => console.error(JSON.stringify({ level: "ERROR", time: new Date().toISOString(), message, ...data })),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

/** An error as plain data for a log line, stack included (never sent to clients). */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  return { error: { name: error.name, message: error.message, stack: error.stack, cause: error.cause ? describeError(error.cause) : undefined } };
}
