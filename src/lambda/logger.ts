// Structured JSON logs in Lambda through Powertools, which adds the invocation
// context (request id, cold start, function name) to every line.
import { Logger as PowertoolsLogger } from "@aws-lambda-powertools/logger";
import type { Logger } from "../logger.ts";

export function lambdaLogger(serviceName: string): { logger: Logger; powertools: PowertoolsLogger } {
  const powertools = new PowertoolsLogger({ serviceName });
  return {
    powertools,
    logger: {
      info: (message, data) => powertools.info(message, data ?? {}),
      error: (message, data) => powertools.error(message, data ?? {}),
    },
  };
}
