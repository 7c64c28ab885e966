// The owner's alarms, all on one SNS topic (mailed to alarmEmail when given):
// the API's 5xx and 4xx rates, each request function's errors, throttles and
// duration near its timeout, DynamoDB throttling, and CloudFront's 5xx rate.
import { Aws, CfnCondition, Duration, Fn, Validations } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import type { Distribution } from "aws-cdk-lib/aws-cloudfront";
import { Alarm, CfnAlarm, ComparisonOperator, type IMetric, MathExpression, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Operation, type Table } from "aws-cdk-lib/aws-dynamodb";
import type { Function as LambdaFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface AlarmsProps {
  api: HttpApi;
  functions: Record<string, LambdaFunction>;
  table: Table;
  distribution?: Distribution;
  alarmEmail?: string;
}

const PERIOD = Duration.minutes(5);

export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, "Topic", { displayName: "Central Asia–Japan knowledge API alarms and budget", enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: "AwsSolutions-SNS2",
      reason: "CloudWatch alarms and AWS Budgets cannot publish to a topic under the AWS managed SNS key; the messages name an alarm or an amount and carry no data.",
    });
    const action = new SnsAction(this.topic);
    const alarm = (name: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1) => {
      const a = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods,
        datapointsToAlarm: evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      return a;
    };
    const rate = (errors: IMetric, label: string) =>
      new MathExpression({ expression: "IF(requests > 0, 100 * errors / requests, 0)", usingMetrics: { errors, requests: props.api.metricCount({ period: PERIOD }) }, period: PERIOD, label });

    alarm("Api5xxRate", rate(props.api.metricServerError({ period: PERIOD }), "5xx %"), 1, "At least 1 % of API requests answered 5xx in two 5-minute periods running: see the functions' errors and the access log's integrationErrorMessage.", 2);
    alarm("Api4xxRate", rate(props.api.metricClientError({ period: PERIOD }), "4xx %"), 25, "A quarter of API requests answered 4xx in two 5-minute periods running: 429s mean the stage throttle is reached (abuse, or time to raise it).", 2);
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD }), 1, `The ${name} function failed (crashed or timed out) at least once in 5 minutes.`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD }), 1, `The ${name} function was throttled in 5 minutes: the account's concurrency (10 in a new account) or its reserved concurrency is used up.`);
      const timeoutMs = fn.timeout?.toMilliseconds() ?? 3000;
      alarm(`${name}Duration`, fn.metricDuration({ period: PERIOD, statistic: "p99" }), Math.round(timeoutMs * 0.8), `The ${name} function's p99 duration reached 80 % of its ${timeoutMs} ms timeout.`, 2);
    }
    const throttled = props.table.metricThrottledRequestsForOperations({
      operations: [Operation.GET_ITEM, Operation.BATCH_GET_ITEM, Operation.QUERY, Operation.SCAN, Operation.BATCH_WRITE_ITEM],
      period: PERIOD,
    });
    alarm("TableThrottles", throttled, 1, "DynamoDB throttled requests to the table in 5 minutes (on-demand tables throttle on sudden peaks above twice the previous peak).");

    if (props.distribution) {
      const edge5xx = new Metric({
        namespace: "AWS/CloudFront",
        metricName: "5xxErrorRate",
        dimensionsMap: { DistributionId: props.distribution.distributionId, Region: "Global" },
        statistic: "Average",
        period: PERIOD,
      });
      const cf = alarm("Edge5xxRate", edge5xx, 5, "At least 5 % of CloudFront's answers were 5xx in two 5-minute periods running.", 2);
      // CloudFront publishes its metrics in us-east-1 only, where an alarm can read them.
      const inUsEast1 = new CfnCondition(this, "InUsEast1", { expression: Fn.conditionEquals(Aws.REGION, "us-east-1") });
      (cf.node.defaultChild as CfnAlarm).cfnOptions.condition = inUsEast1;
    }
  }
}
