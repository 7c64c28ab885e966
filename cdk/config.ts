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
  /** Serve GraphiQL on GET /graphql (its renderer, about 9 MB, then travels in the GraphQL asset). */
  graphiql: boolean;
  /** Answer introspection and serve the SDL at /graphql/schema.graphql (the schema is public). */
  introspection: boolean;
  /** Origins browsers may call the API from: the API's CORS configuration and the functions' ALLOWED_ORIGINS. */
  corsOrigins: string[];
  /** Steady requests per second and burst allowed on the API stage; sized to a new account's 10 concurrent Lambda executions. */
  throttleRate: number;
  throttleBurst: number;
  /** Days CloudWatch keeps function and access logs: one of the periods CloudWatch offers. */
  logRetentionDays: RetentionDays;
  /** A CloudFront distribution in front of the API, caching what the API marks cacheable. */
  edge: boolean;
  /** A WAF web ACL with a per-IP rate rule on the distribution (created in this stack, which must then be in us-east-1). */
  waf: boolean;
  /** Requests one IP may send in any 5 minutes before the web ACL blocks it. */
  wafRateLimit: number;
  /** An existing CloudFront web ACL (made in us-east-1) to attach instead of creating one. */
  webAclArn?: string;
  /** Address that alarms and the budget alert are mailed to (confirm the subscription mail). */
  alarmEmail?: string;
  /** Monthly cost budget in US dollars; alerts at 80 % of actual and 100 % of forecast spend. */
  budgetUsd: number;
  /** Executions reserved for each request function; none by default (an account needs 10 unreserved). */
  reservedConcurrency?: number;
  /** X-Ray active tracing on the functions. */
  tracing: boolean;
}

export const DEFAULTS: DeployConfig = {
  stackName: "CentralAsiaJapan",
  destroyData: false,
  graphiql: false,
  introspection: true,
  corsOrigins: ["http://localhost:3000", "http://localhost:5173"],
  throttleRate: 10,
  throttleBurst: 20,
  logRetentionDays: RetentionDays.ONE_MONTH,
  edge: true,
  waf: false,
  wafRateLimit: 500,
  budgetUsd: 10,
  tracing: false,
};

/** Reads the settings; `-c` values arrive as strings, cdk.json values as JSON. */
export function deployConfigFrom(node: Node): DeployConfig {
  const get = (key: keyof DeployConfig): unknown => node.tryGetContext(key);
  const reserved = get("reservedConcurrency");
  const webAclArn = get("webAclArn");
  const alarmEmail = get("alarmEmail");
  return {
    stackName: stackName(get("stackName")),
    destroyData: flag("destroyData", get("destroyData"), DEFAULTS.destroyData),
    graphiql: flag("graphiql", get("graphiql"), DEFAULTS.graphiql),
    introspection: flag("introspection", get("introspection"), DEFAULTS.introspection),
    corsOrigins: origins(get("corsOrigins")),
    throttleRate: count("throttleRate", get("throttleRate"), DEFAULTS.throttleRate),
    throttleBurst: count("throttleBurst", get("throttleBurst"), DEFAULTS.throttleBurst),
    logRetentionDays: retention(get("logRetentionDays")),
    edge: flag("edge", get("edge"), DEFAULTS.edge),
    waf: flag("waf", get("waf"), DEFAULTS.waf),
    wafRateLimit: atLeast("wafRateLimit", count("wafRateLimit", get("wafRateLimit"), DEFAULTS.wafRateLimit), 10),
    budgetUsd: count("budgetUsd", get("budgetUsd"), DEFAULTS.budgetUsd),
    tracing: flag("tracing", get("tracing"), DEFAULTS.tracing),
    ...(isSet(reserved) ? { reservedConcurrency: count("reservedConcurrency", reserved, 1) } : {}),
    ...(isSet(webAclArn) ? { webAclArn: matching("webAclArn", webAclArn, /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/\S+$/) } : {}),
    ...(isSet(alarmEmail) ? { alarmEmail: matching("alarmEmail", alarmEmail, /^[^@\s]+@[^@\s]+\.[^@\s]+$/) } : {}),
  };
}

/** WAF's rate-based rules count at least 10 requests per window. */
function atLeast(key: string, n: number, min: number): number {
  if (n < min) throw new Error(`context ${key} must be at least ${min}, not ${n}`);
  return n;
}

const isSet = (value: unknown) => value !== undefined && value !== "";

function matching(key: string, value: unknown, pattern: RegExp): string {
  if (typeof value !== "string" || !pattern.test(value)) throw new Error(`context ${key}: ${JSON.stringify(value)} is not valid`);
  return value;
}

/** Stack names become function names (`<stack>-seed-provider`), which Lambda limits to 64 characters. */
function stackName(value: unknown): string {
  if (!isSet(value)) return DEFAULTS.stackName;
  if (typeof value !== "string" || !/^[A-Za-z][A-Za-z0-9-]{0,49}$/.test(value)) {
    throw new Error(`context stackName must be a letter then up to 49 letters, digits or hyphens, not ${JSON.stringify(value)}`);
  }
  return value;
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
