// A CloudFront web ACL with one rule: an IP that sends more than `limit`
// requests in any 5 minutes is blocked until its rate falls below it. Cached
// answers count too, since WAF sees every request at the edge.
import { Construct } from "constructs";
import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";

export interface RateLimitedWebAclProps {
  limit: number;
}

export class RateLimitedWebAcl extends Construct {
  readonly arn: string;

  constructor(scope: Construct, id: string, props: RateLimitedWebAclProps) {
    super(scope, id);
    const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });
    const acl = new CfnWebACL(this, "Acl", {
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      visibilityConfig: visibility("KnowledgeApiWebAcl"),
      rules: [
        {
          name: "PerIpRate",
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { aggregateKeyType: "IP", limit: props.limit, evaluationWindowSec: 300 } },
          visibilityConfig: visibility("KnowledgeApiPerIpRate"),
        },
      ],
    });
    this.arn = acl.attrArn;
  }
}
