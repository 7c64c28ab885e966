// What a synthesized template grants a function's role, for the CDK tests'
// exact-permission assertions.
import type { Template } from "aws-cdk-lib/assertions";
import { expect } from "vitest";
import { resourceNamed } from "./cdk-app.ts";

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** Every statement granted to the role of the function whose logical ID starts with `prefix`. */
export function statementsOf(template: Template, prefix: string): Statement[] {
  const fn = resourceNamed(template, "AWS::Lambda::Function", prefix);
  const roleId = fn.properties.Role["Fn::GetAtt"][0] as string;
  const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((p) =>
    (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
  );
  return policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}

export const actionsOf = (template: Template, prefix: string) => statementsOf(template, prefix).flatMap((s) => s.Action).sort();
export const tableArn = { "Fn::GetAtt": [expect.stringMatching(/^KnowledgeTable/), "Arn"] };
export const indexArn = (name: string) => ({ "Fn::Join": ["", [tableArn, `/index/${name}`]] });
