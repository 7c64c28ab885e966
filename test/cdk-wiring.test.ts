// Where the stack meets the code it deploys: CORS from one setting in the API
// and the functions, the routes the code serves, the edge's cache key for
// GraphQL GETs, and the introspection and GraphiQL settings.
import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { GRAPHQL_GET_PARAMETERS } from "../cdk/edge.ts";
import { SDL_ROUTE } from "../cdk/public-api.ts";
import { corsPolicy, withCors } from "../src/cors.ts";
import { SDL_PATH } from "../src/graphql/use-sdl-route.ts";
import { resourceNamed, synthesize } from "./cdk-app.ts";

const environmentOf = (template: Template, prefix: string): Record<string, unknown> =>
  resourceNamed(template, "AWS::Lambda::Function", prefix).properties.Environment.Variables;

const cacheKeyOf = (template: Template, prefix: string) =>
  resourceNamed(template, "AWS::CloudFront::CachePolicy", prefix).properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin;

describe("CORS from one setting", () => {
  const origins = ["https://app.example", "http://localhost:5173"];
  let template: Template;
  beforeAll(() => {
    template = synthesize({ context: { corsOrigins: origins.join(",") } }).template;
  });

  it("gives both functions the API's origins as ALLOWED_ORIGINS", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", { CorsConfiguration: { AllowOrigins: origins } });
    for (const prefix of ["GraphQLFunction", "BriefingFunction"]) expect(environmentOf(template, prefix).ALLOWED_ORIGINS).toBe(origins.join(","));
  });

  it("gives every GraphQL instance of a deployment one cursor key, from the stack's own id", () => {
    const secret = JSON.stringify(environmentOf(template, "GraphQLFunction").CURSOR_SECRET);
    expect(secret).toContain("AWS::StackId");
    expect(environmentOf(template, "BriefingFunction").CURSOR_SECRET).toBeUndefined();
  });

  it("has API Gateway promise in preflights what the functions' own CORS answers promise", async () => {
    const cors = resourceNamed(template, "AWS::ApiGatewayV2::Api", "PublicApi").properties.CorsConfiguration;
    // The function's CORS, as configured by the environment the stack gives it.
    const fetch = withCors(async () => new Response("{}", { headers: { etag: '"v1"' } }), corsPolicy(String(environmentOf(template, "GraphQLFunction").ALLOWED_ORIGINS)));
    const preflight = await fetch(
      new Request("https://api.example/graphql", {
        method: "OPTIONS",
        headers: { origin: "https://app.example", "access-control-request-method": "GET", "access-control-request-headers": "content-type, x-apollo-operation-name" },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(cors.AllowMethods.join(", ")).toBe(preflight.headers.get("access-control-allow-methods"));
    expect(cors.MaxAge).toBe(Number(preflight.headers.get("access-control-max-age")));
    // The function allows whatever headers are asked for; so does API Gateway.
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type, x-apollo-operation-name");
    expect(cors.AllowHeaders).toEqual(["*"]);
    expect(cors.AllowCredentials).toBeUndefined();

    const answer = await fetch(new Request("https://api.example/graphql?query=%7B__typename%7D", { headers: { origin: "https://app.example" } }));
    expect(answer.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(cors.ExposeHeaders.join(", ")).toBe(answer.headers.get("access-control-expose-headers"));
    expect(cors.ExposeHeaders).toContain("etag");
    const refused = await fetch(new Request("https://api.example/graphql", { headers: { origin: "https://evil.example" } }));
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("routes and the edge", () => {
  let template: Template;
  beforeAll(() => {
    template = synthesize().template;
  });

  it("routes the SDL where the GraphQL server serves it", () => {
    expect(SDL_ROUTE).toBe(SDL_PATH);
    const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties.RouteKey as string);
    expect(routes).toEqual(expect.arrayContaining([`GET ${SDL_PATH}`, `HEAD ${SDL_PATH}`, "HEAD /graphql"]));
  });

  it("keys cached GraphQL GETs on the GraphQL parameters (APQ's extensions included), Accept and Origin; briefings on Accept and Origin", () => {
    expect(GRAPHQL_GET_PARAMETERS).toEqual(["query", "variables", "operationName", "extensions"]);
    expect(cacheKeyOf(template, "EdgeGraphQLCache")).toMatchObject({
      QueryStringsConfig: { QueryStringBehavior: "whitelist", QueryStrings: GRAPHQL_GET_PARAMETERS },
      HeadersConfig: { HeaderBehavior: "whitelist", Headers: ["accept", "origin"] },
      CookiesConfig: { CookieBehavior: "none" },
    });
    expect(cacheKeyOf(template, "EdgeBriefingsCache")).toMatchObject({ QueryStringsConfig: { QueryStringBehavior: "none" }, HeadersConfig: { Headers: ["accept", "origin"] } });
  });

  it("forwards Origin (every viewer header but Host) to the API, and rewrites no response header", () => {
    const config = resourceNamed(template, "AWS::CloudFront::Distribution", "Edge").properties.DistributionConfig;
    // CloudFront's managed AllViewerExceptHostHeader policy.
    const allViewerExceptHost = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.OriginRequestPolicyId).toBe(allViewerExceptHost);
      expect(behavior.ResponseHeadersPolicyId).toBeUndefined();
    }
    template.resourceCountIs("AWS::CloudFront::ResponseHeadersPolicy", 0);
  });
});

describe("introspection and GraphiQL settings", () => {
  it("keeps introspection on by default, and turns it off with introspection=false", () => {
    expect(environmentOf(synthesize().template, "GraphQLFunction").INTROSPECTION).toBe("true");
    expect(environmentOf(synthesize({ context: { introspection: "false" } }).template, "GraphQLFunction").INTROSPECTION).toBe("false");
    expect(() => synthesize({ context: { introspection: "no" } })).toThrow(/introspection must be true or false/);
  });
});
