// cdk-nag names a granular finding after the resource it concerns, by the
// resource's logical ID (e.g. `Resource::<TableABC123.Arn>/index/*`). These
// build those names, so that an acknowledgment covers exactly that finding.
import { type CfnElement, Stack } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/** `<LogicalId.Arn>` of an L2 construct's CloudFormation resource. */
export function arnRef(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement;
  return `<${Stack.of(construct).getLogicalId(resource)}.Arn>`;
}

/** The wildcard a table grant adds to reach the table's indexes. */
export const indexWildcardFinding = (table: IConstruct) => `AwsSolutions-IAM5[Resource::${arnRef(table)}/index/*]`;
