// The one public HTTP API: its routes to the two request functions, CORS,
// throttling and access logs on its only stage.
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { EXPOSED, MAX_AGE_SECONDS, METHODS } from "../src/cors.ts";

/**
 * One JSON line per request, with HTTP API's own context variables: the request
 * id (also in the functions' error logs), the route, the status, why an
 * integration failed, and where the time went.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: "$context.requestId",
  time: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  method: "$context.httpMethod",
  routeKey: "$context.routeKey",
  path: "$context.path",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  responseLatency: "$context.responseLatency",
  integrationLatency: "$context.integrationLatency",
  integrationStatus: "$context.integrationStatus",
  integrationErrorMessage: "$context.integrationErrorMessage",
  errorMessage: "$context.error.message",
  userAgent: "$context.identity.userAgent",
};

/** The schema as SDL (src/graphql/use-sdl-route.ts serves it; a test holds the two equal). */
export const SDL_ROUTE = "/graphql/schema.graphql";

export interface PublicApiProps {
  graphql: IFunction;
  briefing: IFunction;
  corsOrigins: string[];
  throttleRate: number;
  throttleBurst: number;
  logRetention: RetentionDays;
}

export class PublicApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, "Api", {
      description: "Central Asia–Japan knowledge base: GraphQL and country briefings (public, read-only)",
      // The stage below is the default stage, declared to give it throttling and access logs.
      createDefaultStage: false,
      // With CORS configured, API Gateway answers preflights itself and replaces the
      // functions' CORS headers with these; so these are the functions' own values
      // (src/cors.ts), and the functions get the same origins (ALLOWED_ORIGINS), so
      // both doors say the same. The functions echo any requested header: "*".
      corsPreflight: {
        allowOrigins: props.corsOrigins,
        allowMethods: METHODS.split(/,\s*/).map((method) => method as CorsHttpMethod),
        allowHeaders: ["*"],
        exposeHeaders: EXPOSED.split(/,\s*/),
        maxAge: Duration.seconds(MAX_AGE_SECONDS),
      },
    });
    const accessLogs = new LogGroup(this, "AccessLogs", { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.stage = new HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      throttle: { rateLimit: props.throttleRate, burstLimit: props.throttleBurst },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const graphql = new HttpLambdaIntegration("GraphQL", props.graphql);
    const briefing = new HttpLambdaIntegration("Briefing", props.briefing);
    const routes = [
      // HEAD revalidates a cached GET by its ETag, as a GET does.
      ...this.api.addRoutes({ path: "/graphql", methods: [HttpMethod.POST, HttpMethod.GET, HttpMethod.HEAD], integration: graphql }),
      ...this.api.addRoutes({ path: SDL_ROUTE, methods: [HttpMethod.GET, HttpMethod.HEAD], integration: graphql }),
      ...this.api.addRoutes({ path: "/briefings/{code}", methods: [HttpMethod.GET, HttpMethod.HEAD], integration: briefing }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge(
        { id: "AwsSolutions-APIG4", reason: "A public, read-only knowledge base: anyone may read it; stage throttling, the edge cache and the optional WAF rate rule bound abuse." },
        { id: "AwsSolutions-COG4", reason: "A public, read-only knowledge base has no users to sign in, so no Cognito authorizer." },
      );
    }
  }

  /** The API's base URL, without a trailing slash. */
  get url(): string {
    return this.api.apiEndpoint;
  }
}
