// cdk-nag names a granular finding after the resource it concerns, by the
// resource's logical ID (e.g. `Resource::<SeederFunctionABC123.Arn>:*`). This
// builds those names, so that an acknowledgment covers exactly that finding.
import { type CfnElement, Stack } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/** `<LogicalId.Arn>` of an L2 construct's CloudFormation resource. */
export function arnRef(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement;
  return `<${Stack.of(construct).getLogicalId(resource)}.Arn>`;
}

