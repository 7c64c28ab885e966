// Synthesizes the app as `cdk synth` does (cdk.json's context, cdk-nag's checks),
// with context overrides, for the CDK tests. Without `bundle`, functions are
// not built: the template is the same, and synthesis takes a second.
import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { defineApp } from "../cdk/knowledge-app.ts";
import type { KnowledgeApiStack } from "../cdk/stack.ts";

const cdkJson = JSON.parse(readFileSync(new URL("../cdk.json", import.meta.url), "utf8")) as { context: Record<string, unknown> };

export interface Synthesized {
  stack: KnowledgeApiStack;
  template: Template;
  outdir: string;
}

export function synthesize(options: { context?: Record<string, unknown>; bundle?: boolean; outdir?: string } = {}): Synthesized {
  const context = { ...cdkJson.context, ...options.context, ...(options.bundle ? {} : { "aws:cdk:bundling-stacks": [] }) };
  const app = new App({ context, ...(options.outdir ? { outdir: options.outdir } : {}) });
  const stack = defineApp(app);
  const assembly = app.synth();
  return { stack, template: Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template), outdir: assembly.directory };
}

/** Logical ID and properties of the one resource of a type whose ID starts with `prefix`. */
export function resourceNamed(template: Template, type: string, prefix: string): { id: string; properties: Record<string, any> } {
  const found = Object.entries(template.findResources(type)).filter(([id]) => id.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one ${type} named ${prefix}*, found ${found.length}`);
  const [id, resource] = found[0]!;
  return { id, properties: resource.Properties };
}
