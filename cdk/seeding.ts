// Loads the seed files into the table on every deploy whose data or item
// layout changed: a custom resource whose properties carry the fingerprint of
// both, served by the seeder function (src/lambda/seed.ts) through the
// Provider framework. The seeder's asset carries the data and its fingerprint,
// so on a rollback it can tell that the event asks for other data.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CustomResource, Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Effect, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Provider } from "aws-cdk-lib/custom-resources";
import { Construct } from "constructs";
import { type ValidatedDataset, validateDataset } from "../seed/dataset.ts";
import { SEED_FILES } from "../src/domain/records.ts";
import type { SeedProperties } from "../src/lambda/seed.ts";
import { FINGERPRINT_FILE, seedFingerprint } from "../src/store/seed-fingerprint.ts";
import { arnRef } from "./nag-findings.ts";
import { NodeFunction } from "./node-function.ts";

export interface SeedingProps {
  table: ITable;
  /** The seed folder (seed/data); copied into the seeder's asset as `data/`. */
  seedDir: string;
  entry: string;
  logRetention: RetentionDays;
}

/** Reads and validates the seed folder at synthesis: invalid data fails `cdk synth`, before any deploy. */
export function readSeedDir(dir: string): ValidatedDataset {
  const raw = Object.fromEntries(Object.entries(SEED_FILES).map(([name, { file }]) => [name, JSON.parse(readFileSync(join(dir, file), "utf8"))]));
  return validateDataset(raw as Parameters<typeof validateDataset>[0]);
}

/** The fingerprint of a seed folder's data and of the item layout (src/store/seed-fingerprint.ts). */
export const fingerprintOf = (dir: string) => seedFingerprint(readSeedDir(dir));

export class Seeding extends Construct {
  readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: SeedingProps) {
    super(scope, id);
    const fingerprint = fingerprintOf(props.seedDir);
    // Fixed names, so that the log group the Provider framework's error
    // message points to (/aws/lambda/<seeder>) is the one this stack creates.
    const stackName = Stack.of(this).stackName;
    const seeder = new NodeFunction(this, "Seeder", {
      entry: props.entry,
      functionName: `${stackName}-seeder`,
      description: "Validates the seed data carried in its asset and loads it into the table (CloudFormation custom resource)",
      // Validating and diffing a few hundred records: a little memory, seconds of work;
      // five minutes leave room for batch retries under throttling.
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: {},
      logRetention: props.logRetention,
      // The data travels in the asset, so a data change is also a code change of this function.
      addToAsset: (outputDir) => {
        cpSync(props.seedDir, join(outputDir, "data"), { recursive: true });
        writeFileSync(join(outputDir, FINGERPRINT_FILE), `${fingerprint}\n`);
      },
    });
    // Exactly what the loader and the rollback check send: a consistent Scan of
    // the whole table, batched puts and deletes, and one GetItem of the data version.
    seeder.role.addToPrincipalPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ["dynamodb:Scan", "dynamodb:BatchWriteItem", "dynamodb:GetItem"], resources: [props.table.tableArn] }),
    );

    const providerName = `${stackName}-seed-provider`;
    const providerLogs = new LogGroup(this, "ProviderLogs", {
      logGroupName: `/aws/lambda/${providerName}`,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const providerRole = new Role(this, "ProviderRole", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "Runs the custom-resource Provider framework that invokes the seeder",
    });
    providerLogs.grantWrite(providerRole);
    const provider = new Provider(this, "Provider", {
      onEventHandler: seeder.function,
      logGroup: providerLogs,
      providerFunctionName: providerName,
      frameworkOnEventRole: providerRole,
    });
    const properties: SeedProperties = { TableName: props.table.tableName, DataHash: fingerprint };
    this.resource = new CustomResource(this, "Seed", {
      serviceToken: provider.serviceToken,
      resourceType: "Custom::SeedData",
      properties,
    });

    Validations.of(providerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${arnRef(seeder.function)}:*]`,
      reason: "The Provider framework may invoke any version of the seeder function (its ARN followed by :*), and nothing else.",
    });
  }
}
