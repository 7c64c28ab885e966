// The synthesized stack: the resources and the properties the product relies
// on (quality.md R6), for the default context and for each context flag.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { Annotations, Match, type Template } from "aws-cdk-lib/assertions";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { beforeAll, describe, expect, it } from "vitest";
import { defineApp } from "../cdk/knowledge-app.ts";
import { hashSeedDir } from "../cdk/seeding.ts";
import { SEED_DIR } from "../seed/dataset.ts";
import { INDEXES } from "../src/store/entities/indexes.ts";
import type { IndexLayout } from "../src/store/entities/layout.ts";
import { type Synthesized, resourceNamed, synthesize } from "./cdk-app.ts";

const WRITE_ACTIONS = ["dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

/** Every action granted to the role of the function whose logical ID starts with `prefix`. */
function actionsOf(template: Template, prefix: string): string[] {
  const fn = resourceNamed(template, "AWS::Lambda::Function", prefix);
  const roleId = fn.properties.Role["Fn::GetAtt"][0] as string;
  const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((p) =>
    (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
  );
  return policies.flatMap((p) => (p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) => s.Action));
}

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
      DeletionPolicy: "Retain",
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
        DeletionProtectionEnabled: true,
      },
    });
  });

  it.each([
    ["GraphQLFunction", 1024, 15],
    ["BriefingFunction", 1536, 20],
  ])("runs %s on arm64 Node.js 22 with its memory, a timeout under the API's 30 s, source maps and the table name", (prefix, memory, timeout) => {
    const fn = resourceNamed(template, "AWS::Lambda::Function", prefix).properties;
    expect(fn).toMatchObject({ Architectures: ["arm64"], Runtime: "nodejs22.x", MemorySize: memory, Timeout: timeout, Handler: "index.handler" });
    expect(fn.Environment.Variables).toMatchObject({ NODE_OPTIONS: "--enable-source-maps", TABLE_NAME: { Ref: expect.stringMatching(/^KnowledgeTable/) } });
  });

  it("grants both request functions reads of the table and no write action; only the seeder writes", () => {
    for (const prefix of ["GraphQLFunction", "BriefingFunction"]) {
      const actions = actionsOf(template, prefix);
      expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"]));
      expect(actions.filter((a) => WRITE_ACTIONS.includes(a) || a === "dynamodb:*")).toEqual([]);
    }
    expect(actionsOf(template, "SeedingSeederFunction")).toEqual(expect.arrayContaining(["dynamodb:BatchWriteItem", "dynamodb:Scan"]));
  });

  it("routes POST and GET /graphql and GET and HEAD /briefings/{code}, and nothing else", () => {
    const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties.RouteKey as string);
    expect(routes.sort()).toEqual(["GET /briefings/{code}", "GET /graphql", "HEAD /briefings/{code}", "POST /graphql"]);
  });

  it("throttles the default stage and writes its access logs to a log group", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1);
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^PublicApiAccessLogs"), "Arn"] }, Format: Match.anyValue() },
    });
  });

  it("gives every function its own log group, and every log group a 30-day retention", () => {
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

  it("seeds through a custom resource whose properties change with the seed files", () => {
    template.hasResourceProperties("Custom::SeedData", {
      ServiceToken: Match.anyValue(),
      TableName: { Ref: Match.stringLikeRegexp("^KnowledgeTable") },
      DataHash: hashSeedDir(SEED_DIR),
    });
  });

  it("outputs the GraphQL URL, the briefing URL pattern, the table name and the data version", () => {
    expect(Object.keys(template.findOutputs("*")).sort()).toEqual(["BriefingUrlPattern", "DataVersion", "GraphQLUrl", "TableName"]);
    const url = (name: string) => JSON.stringify(template.findOutputs(name)[name]!.Value);
    expect(url("GraphQLUrl")).toContain("/graphql");
    expect(url("BriefingUrlPattern")).toContain("/briefings/{code}.pdf");
  });

  it("passes cdk-nag's AwsSolutions checks with nothing left unacknowledged", () => {
    const report = JSON.parse(readFileSync(join(synth.outdir, "validation-report.json"), "utf8")) as { pluginReports: unknown[] };
    expect(report.pluginReports).toEqual([]);
    Annotations.fromStack(synth.stack).hasNoError("*", Match.anyValue());
  });
});

describe("context flags", () => {
  it("destroys the table with the stack when destroyData=true", () => {
    const { template } = synthesize({ context: { destroyData: "true" } });
    template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete", Properties: { DeletionProtectionEnabled: false } });
  });

  it("turns GraphiQL on with graphiql=true", () => {
    const { template } = synthesize({ context: { graphiql: "true" } });
    expect(resourceNamed(template, "AWS::Lambda::Function", "GraphQLFunction").properties.Environment.Variables.GRAPHIQL).toBe("true");
  });

  it("takes CORS origins, throttling and log retention from -c values", () => {
    const { template } = synthesize({
      context: { corsOrigins: "https://a.example, https://b.example:8443", throttleRate: "5", throttleBurst: "10", logRetentionDays: "7" },
    });
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", { CorsConfiguration: { AllowOrigins: ["https://a.example", "https://b.example:8443"] } });
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", { DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 } });
    expect(new Set(Object.values(template.findResources("AWS::Logs::LogGroup")).map((g) => g.Properties.RetentionInDays))).toEqual(new Set([7]));
  });

  it.each([
    [{ destroyData: "yes" }, /destroyData must be true or false/],
    [{ corsOrigins: "example.com" }, /is not an origin/],
    [{ corsOrigins: "" }, /at least one origin/],
    [{ logRetentionDays: "10" }, /logRetentionDays must be one of/],
    [{ throttleRate: "0" }, /throttleRate must be a positive integer/],
  ])("refuses the invalid context %o", (context, message) => {
    expect(() => synthesize({ context })).toThrow(message);
  });
});

describe("cdk-nag in the app", () => {
  it("fails synthesis on a finding nobody acknowledged", () => {
    const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
    new Bucket(defineApp(app), "Unreviewed");
    expect(() => app.synth()).toThrow(/AwsSolutions-S1/);
  });
});
