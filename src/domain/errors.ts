// Errors a client can cause, each with the documented code it is reported
// under. Anything else that escapes a resolver is internal and is masked.
export type ClientErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "SERVICE_UNAVAILABLE";

export class ClientError extends Error {
  readonly code: ClientErrorCode;
  constructor(code: ClientErrorCode, message: string) {
    super(message);
    this.name = "ClientError";
    this.code = code;
  }
}

export const badInput = (message: string) => new ClientError("BAD_USER_INPUT", message);
export const notFound = (message: string) => new ClientError("NOT_FOUND", message);
