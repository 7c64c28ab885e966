// One Lambda function as every function of this app is built: arm64, Node.js
// 22, a minified ESM bundle with source maps, and its own log group.
import { type Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { type ICommandHooks, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

export interface NodeFunctionProps {
  /** Handler module; it exports `handler`. */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  /** Packages installed into the asset instead of bundled (those esbuild cannot bundle). */
  nodeModules?: string[];
  commandHooks?: ICommandHooks;
}

// CommonJS dependencies call require(), which an ES module lacks unless given one.
const REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export class NodeFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    // Operational logs live and go with the stack; retention bounds their cost.
    const logGroup = new LogGroup(this, "Logs", { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.function = new NodejsFunction(this, "Function", {
      entry: props.entry,
      handler: "handler",
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      // Graviton: about 20 % cheaper per GB-second than x86, and no native modules to rebuild.
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup,
      environment: { ...props.environment, NODE_OPTIONS: "--enable-source-maps" },
      bundling: {
        format: OutputFormat.ESM,
        target: "node22",
        mainFields: ["module", "main"],
        banner: REQUIRE_SHIM,
        minify: true,
        sourceMap: true,
        // Stack traces need the mappings, not a copy of the sources: a smaller asset.
        sourcesContent: false,
        // Our pinned SDK rather than the runtime's: the version we test is the one
        // that runs, and one tree-shaken file loads faster than the runtime's copy.
        bundleAwsSDK: true,
        // Even an empty list would run an npm install and copy the lock file into the asset.
        ...(props.nodeModules ? { nodeModules: props.nodeModules } : {}),
        ...(props.commandHooks ? { commandHooks: props.commandHooks } : {}),
      },
    });
    Validations.of(this.function).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason: "AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs; AWS maintains it.",
    });
    Validations.of(this.function).acknowledge({
      id: "AwsSolutions-L1",
      reason: "Node.js 22 is the runtime this code is built and tested for (supported by Lambda until 2027); moving to 24 is a deliberate, tested change.",
    });
  }
}
