// Loads the seed files into the table on every deploy whose data changed: a
// custom resource whose properties carry a hash of seed/data, served by the
// seeder function (src/lambda/seed.ts) through the Provider framework.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CustomResource, Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Provider } from "aws-cdk-lib/custom-resources";
import { Construct } from "constructs";
import type { SeedProperties } from "../src/lambda/seed.ts";
import { arnRef, indexWildcardFinding } from "./nag-findings.ts";
import { NodeFunction } from "./node-function.ts";

export interface SeedingProps {
  table: ITable;
  /** The seed folder (seed/data); copied into the seeder's asset as `data/`. */
  seedDir: string;
  entry: string;
  logRetention: RetentionDays;
}

/** One hash over every file's name and bytes, in name order. */
export function hashSeedDir(dir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) hash.update(name).update("\0").update(readFileSync(join(dir, name))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

export class Seeding extends Construct {
  readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: SeedingProps) {
    super(scope, id);
    const seeder = new NodeFunction(this, "Seeder", {
      entry: props.entry,
      description: "Validates the seed data carried in its asset and loads it into the table (CloudFormation custom resource)",
      // Validating and diffing a few hundred records: a little memory, seconds of work;
      // five minutes leave room for batch retries under throttling.
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: {},
      logRetention: props.logRetention,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        // The data travels in the asset, so a data change is also a code change of this function.
        afterBundling: (_inputDir, outputDir) => [`cp -R "${props.seedDir}" "${join(outputDir, "data")}"`],
      },
    }).function;
    // The loader owns the whole table: it scans, writes and deletes.
    props.table.grantReadWriteData(seeder);
    Validations.of(seeder).acknowledge({
      id: indexWildcardFinding(props.table),
      reason: "grantReadWriteData covers the table's indexes through table/index/*; the loader reads and writes only the table itself.",
    });

    const providerLogs = new LogGroup(this, "ProviderLogs", { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    const provider = new Provider(this, "Provider", { onEventHandler: seeder, logGroup: providerLogs });
    const properties: SeedProperties = { TableName: props.table.tableName, DataHash: hashSeedDir(props.seedDir) };
    this.resource = new CustomResource(this, "Seed", {
      serviceToken: provider.serviceToken,
      resourceType: "Custom::SeedData",
      properties,
    });

    Validations.of(provider).acknowledge(
      {
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason: "The Provider framework's function uses AWSLambdaBasicExecutionRole only to write its own logs.",
      },
      {
        id: `AwsSolutions-IAM5[Resource::${arnRef(seeder)}:*]`,
        reason: "The Provider framework may invoke any version of the seeder function (its ARN followed by :*), and nothing else.",
      },
    );
  }
}
