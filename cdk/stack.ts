// The whole product in one stack: the table and its seed, the two request
// functions with read-only access, the public HTTP API, CloudFront in front of
// it, and the owner's guards: alarms on one topic and a cost budget.
import { fileURLToPath } from "node:url";
import { Aws, CfnOutput, Duration, Fn, Stack, type StackProps } from "aws-cdk-lib";
import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { INDEXES } from "../src/store/entities/indexes.ts";
import { Alarms } from "./alarms.ts";
import { BRIEFING_NODE_MODULES, addBriefingPackages } from "./briefing-asset.ts";
import { lazyModuleAliases } from "./lazy-modules.ts";
import { CostBudget } from "./budget.ts";
import type { DeployConfig } from "./config.ts";
import { Edge } from "./edge.ts";
import { GRAPHIQL_PACKAGE, addGraphiqlPackage } from "./graphiql-asset.ts";
import { KnowledgeTable } from "./knowledge-table.ts";
import { NodeFunction } from "./node-function.ts";
import { PublicApi } from "./public-api.ts";
import { Seeding } from "./seeding.ts";

const path = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/** What the request paths send (src/store/entities/README.md): no Scan, no write, no stream. */
export const REQUEST_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"];

export interface KnowledgeApiStackProps extends StackProps {
  config: DeployConfig;
}

/** The memory at which Lambda gives a function one full vCPU. */
export const FULL_VCPU_MB = 1769;

export class KnowledgeApiStack extends Stack {
  constructor(scope: Construct, id: string, props: KnowledgeApiStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetention = config.logRetentionDays;
    const { table } = new KnowledgeTable(this, "KnowledgeTable", { destroyData: config.destroyData });
    // One setting for CORS: the API's configuration (below) and the functions' own
    // headers, which answer whoever calls a function past the API's CORS.
    const allowedOrigins = config.corsOrigins.join(",");
    const shared = { logRetention, tracing: config.tracing, ...(config.reservedConcurrency ? { reservedConcurrency: config.reservedConcurrency } : {}) };

    const graphql = new NodeFunction(this, "GraphQL", {
      entry: path("src/lambda/graphql.ts"),
      description: "GraphQL API over the knowledge base (POST|GET|HEAD /graphql, GET|HEAD /graphql/schema.graphql)",
      // The bundle holds only what the Lambda door imports; GraphiQL's page
      // renderer is added beside it only when GraphiQL is on.
      // Lambda's CPU grows with memory up to one full vCPU at 1,769 MB, and a miss
      // and a cold start are CPU-bound in one thread: below that size a request
      // costs the same and takes longer; above it, it costs more for no speed
      // (measured: bench/lambda-memory.ts, docs/deploy.md).
      memorySize: FULL_VCPU_MB,
      // DynamoDB calls give up within about 10 s (3 attempts of at most 3 s);
      // 15 s lets the function answer SERVICE_UNAVAILABLE before API Gateway's 30 s.
      timeout: Duration.seconds(15),
      environment: {
        TABLE_NAME: table.tableName,
        GRAPHIQL: String(config.graphiql),
        INTROSPECTION: String(config.introspection),
        ALLOWED_ORIGINS: allowedOrigins,
        // One cursor key for every instance of this deployment (a cursor issued by one
        // instance is accepted by the next): the stack's id holds a random UUID that
        // clients never see; a new stack gets a new key.
        CURSOR_SECRET: Fn.join("|", [Aws.STACK_ID, table.tableArn]),
      },
      // Named external too (its import is not a literal, so esbuild would not bundle it
      // anyway): the CDK's asset cache keys on the bundling's plain fields.
      ...(config.graphiql
        ? { external: [GRAPHIQL_PACKAGE], addToAsset: (outputDir: string, projectRoot: string) => addGraphiqlPackage(projectRoot, outputDir) }
        : {}),
      ...shared,
    });

    const briefing = new NodeFunction(this, "Briefing", {
      entry: path("src/lambda/briefing.ts"),
      description: "Country briefing PDFs (GET|HEAD /briefings/{code})",
      // Rendering is CPU-bound (layout, font subsetting, compression): the same reasoning.
      memorySize: FULL_VCPU_MB,
      // The same ~10 s DynamoDB bound plus rendering, inside API Gateway's 30 s.
      timeout: Duration.seconds(20),
      environment: { TABLE_NAME: table.tableName, ALLOWED_ORIGINS: allowedOrigins },
      // pdfkit is bundled, with what briefs never use built on first use only; the fonts travel as files.
      alias: lazyModuleAliases(),
      external: BRIEFING_NODE_MODULES,
      addToAsset: (outputDir, projectRoot) => addBriefingPackages(projectRoot, outputDir),
      ...shared,
    });

    // Each index by name rather than table/index/*: exactly the table and its indexes.
    const indexArns = INDEXES.map((index) => `${table.tableArn}/index/${index.name}`);
    for (const reader of [graphql, briefing]) {
      reader.role.addToPrincipalPolicy(
        new PolicyStatement({ effect: Effect.ALLOW, actions: REQUEST_ACTIONS, resources: [table.tableArn, ...indexArns] }),
      );
    }

    const api = new PublicApi(this, "PublicApi", {
      graphql: graphql.function,
      briefing: briefing.function,
      corsOrigins: config.corsOrigins,
      throttleRate: config.throttleRate,
      throttleBurst: config.throttleBurst,
      logRetention,
    });
    const edge = config.edge
      ? new Edge(this, "Edge", { api: api.api, waf: config.waf, wafRateLimit: config.wafRateLimit, ...(config.webAclArn ? { webAclArn: config.webAclArn } : {}) })
      : undefined;
    const publicUrl = edge?.url ?? api.url;
    // Briefing links in GraphQL answers point where clients came in: the edge when there is one.
    if (edge) graphql.function.addEnvironment("PUBLIC_ORIGIN", edge.url);

    const seeding = new Seeding(this, "Seeding", {
      table,
      seedDir: path("seed/data"),
      entry: path("src/lambda/seed.ts"),
      logRetention,
    });

    const alarms = new Alarms(this, "Alarms", {
      api: api.api,
      functions: { GraphQL: graphql.function, Briefing: briefing.function },
      table,
      ...(edge ? { distribution: edge.distribution } : {}),
      ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
    });
    new CostBudget(this, "CostBudget", { amountUsd: config.budgetUsd, topic: alarms.topic });

    new CfnOutput(this, "GraphQLUrl", { description: "GraphQL endpoint (POST, or GET for queries)", value: `${publicUrl}/graphql` });
    new CfnOutput(this, "BriefingUrlPattern", { description: "Country briefing PDF; {code} is alpha-2 or alpha-3, e.g. KZ.pdf", value: `${publicUrl}/briefings/{code}.pdf` });
    if (edge) new CfnOutput(this, "ApiOriginUrl", { description: "The HTTP API behind CloudFront (uncached; for debugging)", value: api.url });
    new CfnOutput(this, "TableName", { description: "DynamoDB table of the knowledge base", value: table.tableName });
    new CfnOutput(this, "DataVersion", { description: "Version of the seed data in the table after this deploy", value: seeding.resource.getAttString("Version") });
    new CfnOutput(this, "AlarmTopicArn", { description: "SNS topic of the alarms and the budget alert; subscribe to it to be told", value: alarms.topic.topicArn });
  }
}
