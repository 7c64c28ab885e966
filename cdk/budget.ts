// A monthly cost budget for the account, alerting the alarm topic at 80 % of
// actual and 100 % of forecast spend. A budget warns; it does not stop spending.
import { Aws, Stack } from "aws-cdk-lib";
import { CfnBudget } from "aws-cdk-lib/aws-budgets";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { Topic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

export interface CostBudgetProps {
  amountUsd: number;
  topic: Topic;
}

export class CostBudget extends Construct {
  constructor(scope: Construct, id: string, props: CostBudgetProps) {
    super(scope, id);
    props.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("budgets.amazonaws.com")],
        actions: ["SNS:Publish"],
        resources: [props.topic.topicArn],
        conditions: { StringEquals: { "aws:SourceAccount": Aws.ACCOUNT_ID } },
      }),
    );
    const notify = (notificationType: "ACTUAL" | "FORECASTED", threshold: number) => ({
      notification: { notificationType, comparisonOperator: "GREATER_THAN", threshold, thresholdType: "PERCENTAGE" },
      subscribers: [{ subscriptionType: "SNS", address: props.topic.topicArn }],
    });
    const budget = new CfnBudget(this, "Budget", {
      budget: {
        // Budget names are per account, not per region: a same-named stack elsewhere needs its own.
        budgetName: `${Stack.of(this).stackName}-${Aws.REGION}-monthly-cost`,
        budgetType: "COST",
        timeUnit: "MONTHLY",
        budgetLimit: { amount: props.amountUsd, unit: "USD" },
      },
      notificationsWithSubscribers: [notify("ACTUAL", 80), notify("FORECASTED", 100)],
    });
    // Budgets checks on creation that it may publish to the topic.
    budget.node.addDependency(props.topic);
  }
}
