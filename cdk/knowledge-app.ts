// The app as deployed: the stack configured from context, and cdk-nag's
// AwsSolutions checks over everything in it. Shared by `cdk synth` and the tests.
import { type App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { deployConfigFrom } from "./config.ts";
import { KnowledgeApiStack } from "./stack.ts";

export function defineApp(app: App): KnowledgeApiStack {
  const config = deployConfigFrom(app.node);
  const stack = new KnowledgeApiStack(app, config.stackName, {
    config,
    description: "Central Asia–Japan knowledge base: GraphQL API, briefing PDFs and their DynamoDB table",
  });
  // Any finding not acknowledged on its resource (with a reason) fails synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
