// The synthesized stack under each context flag, the refusal of invalid
// context, and cdk-nag failing synthesis on an unacknowledged finding.
import { App } from "aws-cdk-lib";
import { Match } from "aws-cdk-lib/assertions";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { describe, expect, it } from "vitest";
import { defineApp } from "../cdk/knowledge-app.ts";
import { resourceNamed, synthesize } from "./cdk-app.ts";
import { actionsOf } from "./cdk-grants.ts";

describe("context flags", () => {
  it("serves straight from the API, without CloudFront or its alarm, when edge=false", () => {
    const { template } = synthesize({ context: { edge: "false" } });
    template.resourceCountIs("AWS::CloudFront::Distribution", 0);
    expect(Object.keys(template.findResources("AWS::CloudWatch::Alarm")).some((id) => id.startsWith("AlarmsEdge"))).toBe(false);
    expect(JSON.stringify(template.findOutputs("GraphQLUrl").GraphQLUrl!.Value)).toMatch(/PublicApi.*ApiEndpoint.*\/graphql/);
  });

  it("adds a web ACL with a per-IP rate rule, and a rule that the region be us-east-1, when waf=true", () => {
    const { template } = synthesize({ context: { waf: "true", wafRateLimit: "200" } });
    template.hasResourceProperties("AWS::WAFv2::WebACL", {
      Scope: "CLOUDFRONT",
      DefaultAction: { Allow: {} },
      Rules: [Match.objectLike({ Action: { Block: {} }, Statement: { RateBasedStatement: { AggregateKeyType: "IP", Limit: 200, EvaluationWindowSec: 300 } } })],
    });
    template.hasResourceProperties("AWS::CloudFront::Distribution", { DistributionConfig: { WebACLId: { "Fn::GetAtt": [Match.stringLikeRegexp("^EdgeWebAcl"), "Arn"] } } });
    expect(JSON.stringify(template.toJSON().Rules)).toContain("us-east-1");
  });

  it("attaches an existing web ACL from webAclArn, mails alarms to alarmEmail, traces with tracing=true and reserves concurrency", () => {
    const arn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/mine/abc";
    const { template } = synthesize({ context: { webAclArn: arn, alarmEmail: "owner@example.com", tracing: "true", reservedConcurrency: "3", budgetUsd: "25" } });
    template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    template.hasResourceProperties("AWS::CloudFront::Distribution", { DistributionConfig: { WebACLId: arn } });
    template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "owner@example.com" });
    template.hasResourceProperties("AWS::Budgets::Budget", { Budget: { BudgetLimit: { Amount: 25 } } });
    for (const prefix of ["GraphQLFunction", "BriefingFunction"]) {
      expect(resourceNamed(template, "AWS::Lambda::Function", prefix).properties).toMatchObject({ TracingConfig: { Mode: "Active" }, ReservedConcurrentExecutions: 3 });
      expect(actionsOf(template, prefix)).toEqual(expect.arrayContaining(["xray:PutTraceSegments", "xray:PutTelemetryRecords"]));
    }
  });

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
    [{ stackName: "A".repeat(51) }, /stackName must be a letter then up to 49/],
    [{ alarmEmail: "owner" }, /alarmEmail: "owner" is not valid/],
    [{ webAclArn: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/y" }, /webAclArn/],
    [{ wafRateLimit: "5" }, /wafRateLimit must be at least 10/],
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
