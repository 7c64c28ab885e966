// The deployment's settings, read once from CDK context (cdk.json holds the
// defaults; `-c key=value` overrides them) and passed down as props, so that
// no construct reads context or the environment itself.
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Node } from "constructs";

export interface DeployConfig {
  /** Stack name; a second name gives a second, independent copy (e.g. a dev stack). */
  stackName: string;
  /** Delete the table and its data with the stack (throwaway dev stacks only). */
  destroyData: boolean;
  /** Serve GraphiQL on GET /graphql. */
  graphiql: boolean;
  /** Origins browsers may call the API from; the API's CORS configuration is authoritative. */
  corsOrigins: string[];
  /** Steady requests per second and burst allowed on the API stage. */
  throttleRate: number;
  throttleBurst: number;
  /** Days CloudWatch keeps function and access logs: one of the periods CloudWatch offers. */
  logRetentionDays: RetentionDays;
}

export const DEFAULTS: DeployConfig = {
  stackName: "CentralAsiaJapan",
  destroyData: false,
  graphiql: false,
  corsOrigins: ["http://localhost:3000", "http://localhost:5173"],
  throttleRate: 50,
  throttleBurst: 100,
  logRetentionDays: RetentionDays.ONE_MONTH,
};

/** Reads the settings; `-c` values arrive as strings, cdk.json values as JSON. */
export function deployConfigFrom(node: Node): DeployConfig {
  const get = (key: keyof DeployConfig): unknown => node.tryGetContext(key);
  return {
    stackName: text(get("stackName"), DEFAULTS.stackName),
    destroyData: flag("destroyData", get("destroyData"), DEFAULTS.destroyData),
    graphiql: flag("graphiql", get("graphiql"), DEFAULTS.graphiql),
    corsOrigins: origins(get("corsOrigins")),
    throttleRate: count("throttleRate", get("throttleRate"), DEFAULTS.throttleRate),
    throttleBurst: count("throttleBurst", get("throttleBurst"), DEFAULTS.throttleBurst),
    logRetentionDays: retention(get("logRetentionDays")),
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}

function flag(key: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw new Error(`context ${key} must be true or false, not ${JSON.stringify(value)}`);
}

function count(key: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`context ${key} must be a positive integer, not ${JSON.stringify(value)}`);
  return n;
}

function retention(value: unknown): RetentionDays {
  const days = count("logRetentionDays", value, DEFAULTS.logRetentionDays);
  const offered = Object.values(RetentionDays).filter((d): d is RetentionDays => typeof d === "number");
  if (!offered.includes(days)) throw new Error(`context logRetentionDays must be one of ${offered.join(", ")}, not ${days}`);
  return days;
}

/** A JSON array, or a comma-separated list from `-c corsOrigins=https://a.example,https://b.example`. */
function origins(value: unknown): string[] {
  if (value === undefined) return DEFAULTS.corsOrigins;
  const list = Array.isArray(value) ? value : String(value).split(",");
  const trimmed = list.map((o) => String(o).trim()).filter((o) => o !== "");
  for (const o of trimmed) {
    if (o !== "*" && !/^https?:\/\/[^/\s]+$/.test(o)) throw new Error(`context corsOrigins: "${o}" is not an origin (scheme://host[:port])`);
  }
  // An empty list would hand CORS back to the server's permissive defaults.
  if (trimmed.length === 0) throw new Error('context corsOrigins needs at least one origin ("*" allows any)');
  return trimmed;
}
