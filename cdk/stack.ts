// The whole product in one stack: the table and its seed, the two request
// functions with read-only access, and the public HTTP API in front of them.
import { fileURLToPath } from "node:url";
import { CfnOutput, Duration, Stack, type StackProps, Validations } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { BRIEFING_NODE_MODULES, briefingCommandHooks } from "./briefing-asset.ts";
import type { DeployConfig } from "./config.ts";
import { KnowledgeTable } from "./knowledge-table.ts";
import { indexWildcardFinding } from "./nag-findings.ts";
import { NodeFunction } from "./node-function.ts";
import { PublicApi } from "./public-api.ts";
import { Seeding } from "./seeding.ts";

const path = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

export interface KnowledgeApiStackProps extends StackProps {
  config: DeployConfig;
}

export class KnowledgeApiStack extends Stack {
  constructor(scope: Construct, id: string, props: KnowledgeApiStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetention = config.logRetentionDays;
    const { table } = new KnowledgeTable(this, "KnowledgeTable", { destroyData: config.destroyData });

    const graphql = new NodeFunction(this, "GraphQL", {
      entry: path("src/lambda/graphql.ts"),
      description: "GraphQL API over the knowledge base (POST|GET /graphql)",
      // The bundle holds only what the Lambda door imports: GraphiQL's page
      // renderer (@graphql-yoga/render-graphiql) is the local server's alone.
      // CPU scales with memory: 1 GB parses the ~1 MB bundle quickly on a cold
      // start and serves a dashboard query in tens of ms, at half a vCPU's price.
      memorySize: 1024,
      // DynamoDB calls give up within about 10 s (3 attempts of at most 3 s);
      // 15 s lets the function answer SERVICE_UNAVAILABLE before API Gateway's 30 s.
      timeout: Duration.seconds(15),
      environment: { TABLE_NAME: table.tableName, GRAPHIQL: String(config.graphiql) },
      logRetention,
    }).function;

    const briefing = new NodeFunction(this, "Briefing", {
      entry: path("src/lambda/briefing.ts"),
      description: "Country briefing PDFs (GET|HEAD /briefings/{code})",
      // Rendering is CPU-bound (layout, font subsetting, compression): 1.5 GB
      // buys most of a vCPU, so a 4-page briefing renders in well under a second.
      memorySize: 1536,
      // The same ~10 s DynamoDB bound plus rendering, inside API Gateway's 30 s.
      timeout: Duration.seconds(20),
      environment: { TABLE_NAME: table.tableName },
      logRetention,
      nodeModules: BRIEFING_NODE_MODULES,
      commandHooks: briefingCommandHooks(),
    }).function;

    for (const reader of [graphql, briefing]) {
      table.grantReadData(reader);
      Validations.of(reader).acknowledge({
        id: indexWildcardFinding(table),
        reason: "grantReadData reaches the table's two indexes through table/index/*, with read actions only.",
      });
    }

    const api = new PublicApi(this, "PublicApi", {
      graphql,
      briefing,
      corsOrigins: config.corsOrigins,
      throttleRate: config.throttleRate,
      throttleBurst: config.throttleBurst,
      logRetention,
    });

    const seeding = new Seeding(this, "Seeding", {
      table,
      seedDir: path("seed/data"),
      entry: path("src/lambda/seed.ts"),
      logRetention,
    });

    new CfnOutput(this, "GraphQLUrl", { description: "GraphQL endpoint (POST, or GET for queries)", value: `${api.url}/graphql` });
    new CfnOutput(this, "BriefingUrlPattern", { description: "Country briefing PDF; {code} is alpha-2 or alpha-3, e.g. KZ.pdf", value: `${api.url}/briefings/{code}.pdf` });
    new CfnOutput(this, "TableName", { description: "DynamoDB table of the knowledge base", value: table.tableName });
    new CfnOutput(this, "DataVersion", { description: "Version of the seed data loaded by this deploy", value: seeding.resource.getAttString("Version") });
  }
}
