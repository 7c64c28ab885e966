// Events as AWS delivers them to the built function assets: custom-resource
// events for the seeder, HTTP API events for the request functions.
import type { APIGatewayProxyEventV2, CdkCustomResourceEvent } from "aws-lambda";

/** A custom-resource event as the Provider framework passes it to the seeder. */
export function seedEvent(tableName: string, type: "Create" | "Update" | "Delete", dataHash: string, oldHash = "previous"): CdkCustomResourceEvent {
  const common = {
    ServiceToken: "arn:aws:lambda:us-east-1:123456789012:function:provider",
    ResponseURL: "https://cloudformation-custom-resource-response.example/",
    StackId: "arn:aws:cloudformation:us-east-1:123456789012:stack/CentralAsiaJapan/1",
    RequestId: `req-${type}-${dataHash}`,
    LogicalResourceId: "SeedingSeed",
    ResourceType: "Custom::SeedData",
    ResourceProperties: { ServiceToken: "arn:aws:lambda:us-east-1:123456789012:function:provider", TableName: tableName, DataHash: dataHash },
  };
  if (type === "Create") return { ...common, RequestType: "Create" };
  const physical = { PhysicalResourceId: `seed:${tableName}` };
  if (type === "Delete") return { ...common, ...physical, RequestType: "Delete" };
  return { ...common, ...physical, RequestType: "Update", OldResourceProperties: { ...common.ResourceProperties, DataHash: oldHash } };
}

/** An HTTP API (payload 2.0) event for one request. */
export function httpEvent(method: string, rawPath: string, body?: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: "2.0",
    routeKey: `${method} ${rawPath.startsWith("/briefings/") ? "/briefings/{code}" : rawPath}`,
    rawPath,
    rawQueryString: "",
    headers: { host: "abc123.execute-api.us-east-1.amazonaws.com", "user-agent": "vitest", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.us-east-1.amazonaws.com",
      domainPrefix: "abc123",
      http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "vitest" },
      requestId: `req-${method}-${rawPath}`,
      routeKey: `${method} ${rawPath}`,
      stage: "$default",
      time: "22/Nov/2026:12:00:00 +0000",
      timeEpoch: 1795003200000,
    },
    isBase64Encoded: false,
    ...(rawPath.startsWith("/briefings/") ? { pathParameters: { code: rawPath.slice("/briefings/".length) } } : {}),
    ...(body === undefined ? {} : { body }),
  };
}
