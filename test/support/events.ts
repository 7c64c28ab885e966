import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** An API Gateway HTTP API (payload 2.0) event as AWS delivers it. */
export function httpApiEvent(options: {
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  base64?: boolean;
  cookies?: string[];
  routeKey?: string;
}): APIGatewayProxyEventV2 {
  const base64 = options.base64 ?? Buffer.isBuffer(options.body);
  const body = options.body === undefined ? undefined : base64 ? Buffer.from(options.body).toString("base64") : String(options.body);
  return {
    version: "2.0",
    routeKey: options.routeKey ?? `${options.method} ${options.path}`,
    rawPath: options.path,
    rawQueryString: options.query ?? "",
    ...(options.cookies ? { cookies: options.cookies } : {}),
    headers: {
      accept: "*/*",
      host: "abc123.execute-api.eu-central-1.amazonaws.com",
      "user-agent": "curl/8.5.0",
      "x-amzn-trace-id": "Root=1-67891233-abcdef012345678912345678",
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
      ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body, base64 ? "base64" : "utf8")) } : {}),
      ...options.headers,
    },
    ...(options.query ? { queryStringParameters: Object.fromEntries(new URLSearchParams(options.query)) } : {}),
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.eu-central-1.amazonaws.com",
      domainPrefix: "abc123",
      http: { method: options.method, path: options.path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "curl/8.5.0" },
      requestId: "JKJaXmPLvHcESHA=",
      routeKey: options.routeKey ?? `${options.method} ${options.path}`,
      stage: "$default",
      time: "22/Nov/2026:12:00:00 +0000",
      timeEpoch: 1795435200000,
    },
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: base64,
  };
}
