// The product's "dashboard" operation (bench/dashboard.graphql), for tests and the bench.
import { readFileSync } from "node:fs";

export const DASHBOARD = readFileSync(new URL("../../bench/dashboard.graphql", import.meta.url), "utf8");
