// The synthesized stack with cdk.json's defaults: the resources and the
// properties the product relies on (quality.md R6). Context flags: cdk-context.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Annotations, Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_LOG_FIELDS } from "../cdk/public-api.ts";
import { fingerprintOf } from "../cdk/seeding.ts";
import { SEED_DIR } from "../seed/dataset.ts";
import { INDEXES } from "../src/store/entities/indexes.ts";
import type { IndexLayout } from "../src/store/entities/layout.ts";
import { type Synthesized, resourceNamed, synthesize } from "./cdk-app.ts";
import { actionsOf, indexArn, statementsOf, tableArn } from "./cdk-grants.ts";

describe("the stack with cdk.json's defaults", () => {
  let synth: Synthesized;
  let template: Template;
  beforeAll(() => {
    synth = synthesize();
    template = synth.template;
  });

  it("keeps the table with point-in-time recovery, on-demand, encrypted, keyed as the store expects", () => {
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    const index = (g: IndexLayout) => ({
      IndexName: g.name,
      KeySchema: [
        { AttributeName: g.pk, KeyType: "HASH" },
        { AttributeName: g.sk, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    });
    template.hasResource("AWS::DynamoDB::Table", {
      // RETAIN_ON_UPDATE_OR_DELETE: kept on stack deletion and replacement, deleted when its own creation fails.
      DeletionPolicy: "RetainExceptOnCreate",
      UpdateReplacePolicy: "Retain",
      Properties: {
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: INDEXES.map(index),
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: false,
      },
    });
  });

  it.each([
    ["GraphQLFunction", 1769, 15],
    ["BriefingFunction", 1769, 20],
  ])("runs %s on arm64 Node.js 22 with its memory, a timeout under the API's 30 s, source maps and the table name", (prefix, memory, timeout) => {
    const fn = resourceNamed(template, "AWS::Lambda::Function", prefix).properties;
    expect(fn).toMatchObject({ Architectures: ["arm64"], Runtime: "nodejs22.x", MemorySize: memory, Timeout: timeout, Handler: "index.handler" });
    expect(fn.Environment.Variables).toMatchObject({ NODE_OPTIONS: "--enable-source-maps", TABLE_NAME: { Ref: expect.stringMatching(/^KnowledgeTable/) } });
  });

  it("grants each request function exactly GetItem, BatchGetItem and Query on the table and its two indexes, and its own log group", () => {
    for (const prefix of ["GraphQLFunction", "BriefingFunction"]) {
      const logs = prefix.replace("Function", "Logs");
      expect(statementsOf(template, prefix)).toEqual([
        { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: { "Fn::GetAtt": [expect.stringMatching(new RegExp(`^${logs}`)), "Arn"] } },
        { Effect: "Allow", Action: ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query"], Resource: [tableArn, ...INDEXES.map((i) => indexArn(i.name))] },
      ]);
    }
  });

  it("grants the seeder exactly Scan, BatchWriteItem and GetItem on the table, and the provider only the seeder's invocation", () => {
    expect(statementsOf(template, "SeedingSeederFunction")).toEqual([
      { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: { "Fn::GetAtt": [expect.stringMatching(/^SeedingSeederLogs/), "Arn"] } },
      { Effect: "Allow", Action: ["dynamodb:BatchWriteItem", "dynamodb:GetItem", "dynamodb:Scan"], Resource: tableArn },
    ]);
    expect(actionsOf(template, "SeedingProviderframeworkonEvent")).toEqual(["lambda:GetFunction", "lambda:InvokeFunction", "logs:CreateLogStream", "logs:PutLogEvents"]);
  });

  it("attaches no managed policy (AWSLambdaBasicExecutionRole could write to every log group)", () => {
    for (const role of Object.values(template.findResources("AWS::IAM::Role"))) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("routes POST, GET and HEAD /graphql, GET and HEAD of the SDL and of /briefings/{code}, and nothing else", () => {
    const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties.RouteKey as string);
    expect(routes.sort()).toEqual([
      "GET /briefings/{code}",
      "GET /graphql",
      "GET /graphql/schema.graphql",
      "HEAD /briefings/{code}",
      "HEAD /graphql",
      "HEAD /graphql/schema.graphql",
      "POST /graphql",
    ]);
  });

  it("throttles the default stage to a new account's 10 concurrent executions and logs request id, route, status, errors and latencies", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1);
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      AccessLogSettings: { DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^PublicApiAccessLogs"), "Arn"] }, Format: Match.anyValue() },
    });
    const format = JSON.parse(resourceNamed(template, "AWS::ApiGatewayV2::Stage", "PublicApi").properties.AccessLogSettings.Format) as Record<string, string>;
    expect(format).toEqual(ACCESS_LOG_FIELDS);
    expect(format).toMatchObject({
      requestId: "$context.requestId",
      routeKey: "$context.routeKey",
      status: "$context.status",
      integrationErrorMessage: "$context.integrationErrorMessage",
      responseLatency: "$context.responseLatency",
      integrationLatency: "$context.integrationLatency",
    });
  });

  it("puts CloudFront in front of the API: HTTPS only, compressed, GET and HEAD cached by the origin's headers, POST passed through", () => {
    template.resourceCountIs("AWS::CloudFront::Distribution", 1);
    const config = resourceNamed(template, "AWS::CloudFront::Distribution", "Edge").properties.DistributionConfig;
    const origin = config.Origins[0];
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: "https-only", OriginSSLProtocols: ["TLSv1.2"] });
    expect(JSON.stringify(origin.DomainName)).toContain("execute-api");
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: "https-only",
      Compress: true,
      AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
      CachedMethods: ["GET", "HEAD"],
    });
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({ PathPattern: "/briefings/*", ViewerProtocolPolicy: "https-only", Compress: true, CachedMethods: ["GET", "HEAD"] }),
    ]);
    expect(config.WebACLId).toBeUndefined();
    const policies = Object.values(template.findResources("AWS::CloudFront::CachePolicy")).map((p) => p.Properties.CachePolicyConfig);
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      // Nothing is kept longer than the origin's Cache-Control says; without one, only revalidated by ETag.
      expect(policy).toMatchObject({ DefaultTTL: 0, MinTTL: 0, MaxTTL: 86400 });
      expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true,
        HeadersConfig: { HeaderBehavior: "whitelist", Headers: ["accept", "origin"] },
      });
    }
    expect(resourceNamed(template, "AWS::Lambda::Function", "GraphQLFunction").properties.Environment.Variables.PUBLIC_ORIGIN).toEqual({
      "Fn::Join": ["", ["https://", { "Fn::GetAtt": [expect.stringMatching(/^EdgeDistribution/), "DomainName"] }]],
    });
  });

  it("alarms on API 5xx and 4xx rates, function errors, throttles and duration, table throttles and CloudFront 5xx, all to one topic", () => {
    const alarms = template.findResources("AWS::CloudWatch::Alarm");
    expect(Object.keys(alarms).map((id) => id.replace(/[0-9A-F]{8}$/, "")).sort()).toEqual([
      "AlarmsApi4xxRate",
      "AlarmsApi5xxRate",
      "AlarmsBriefingDuration",
      "AlarmsBriefingErrors",
      "AlarmsBriefingThrottles",
      "AlarmsEdge5xxRate",
      "AlarmsGraphQLDuration",
      "AlarmsGraphQLErrors",
      "AlarmsGraphQLThrottles",
      "AlarmsTableThrottles",
    ]);
    template.resourceCountIs("AWS::SNS::Topic", 1);
    const topic = { Ref: expect.stringMatching(/^AlarmsTopic/) };
    for (const alarm of Object.values(alarms)) expect(alarm.Properties.AlarmActions).toEqual([topic]);
    // CloudFront's metrics exist in us-east-1 only.
    expect(Object.entries(alarms).find(([id]) => id.startsWith("AlarmsEdge5xxRate"))![1].Condition).toMatch(/^AlarmsInUsEast1/);
    template.resourceCountIs("AWS::SNS::Subscription", 0);
  });

  it("sets a monthly cost budget that alerts the topic at 80 % of actual and 100 % of forecast spend", () => {
    template.hasResourceProperties("AWS::Budgets::Budget", {
      Budget: { BudgetType: "COST", TimeUnit: "MONTHLY", BudgetLimit: { Amount: 10, Unit: "USD" } },
      NotificationsWithSubscribers: [
        { Notification: { NotificationType: "ACTUAL", Threshold: 80 }, Subscribers: [{ SubscriptionType: "SNS", Address: { Ref: Match.stringLikeRegexp("^AlarmsTopic") } }] },
        { Notification: { NotificationType: "FORECASTED", Threshold: 100 }, Subscribers: [{ SubscriptionType: "SNS", Address: { Ref: Match.stringLikeRegexp("^AlarmsTopic") } }] },
      ],
    });
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: "budgets.amazonaws.com" }, Action: "SNS:Publish" })]) },
    });
  });

  it("gives every function its own log group, and every log group a 30-day retention; the seeder's are named as its errors say", () => {
    template.hasResourceProperties("AWS::Logs::LogGroup", { LogGroupName: "/aws/lambda/CentralAsiaJapan-seeder" });
    template.hasResourceProperties("AWS::Logs::LogGroup", { LogGroupName: "/aws/lambda/CentralAsiaJapan-seed-provider" });
    template.hasResourceProperties("AWS::Lambda::Function", { FunctionName: "CentralAsiaJapan-seeder" });
    const groups = template.findResources("AWS::Logs::LogGroup");
    expect(Object.values(groups).map((g) => g.Properties.RetentionInDays)).toEqual(Array(Object.keys(groups).length).fill(30));
    for (const fn of Object.values(template.findResources("AWS::Lambda::Function"))) {
      expect(Object.keys(groups)).toContain(fn.Properties.LoggingConfig.LogGroup.Ref);
    }
  });

  it("allows CORS from the local origins only, and keeps GraphiQL off", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: { AllowOrigins: ["http://localhost:3000", "http://localhost:5173"] },
    });
    expect(resourceNamed(template, "AWS::Lambda::Function", "GraphQLFunction").properties.Environment.Variables.GRAPHIQL).toBe("false");
  });

  it("seeds through a custom resource whose properties carry the fingerprint of the data and the item layout", () => {
    template.hasResourceProperties("Custom::SeedData", {
      ServiceToken: Match.anyValue(),
      TableName: { Ref: Match.stringLikeRegexp("^KnowledgeTable") },
      DataHash: fingerprintOf(SEED_DIR),
    });
  });

  it("outputs the edge's GraphQL URL and briefing URL pattern, the API behind it, the table, the data version and the alarm topic", () => {
    expect(Object.keys(template.findOutputs("*")).sort()).toEqual(["AlarmTopicArn", "ApiOriginUrl", "BriefingUrlPattern", "DataVersion", "GraphQLUrl", "TableName"]);
    const url = (name: string) => JSON.stringify(template.findOutputs(name)[name]!.Value);
    expect(url("GraphQLUrl")).toMatch(/EdgeDistribution.*DomainName.*\/graphql/);
    expect(url("BriefingUrlPattern")).toMatch(/EdgeDistribution.*\/briefings\/\{code\}\.pdf/);
  });

  it("passes cdk-nag's AwsSolutions checks with nothing left unacknowledged", () => {
    const report = JSON.parse(readFileSync(join(synth.outdir, "validation-report.json"), "utf8")) as { pluginReports: unknown[] };
    expect(report.pluginReports).toEqual([]);
    Annotations.fromStack(synth.stack).hasNoError("*", Match.anyValue());
  });
});
