// `cdk synth|deploy|destroy` entry point (cdk.json). The stack is
// environment-agnostic: the account and region are the caller's AWS profile's.
import { App } from "aws-cdk-lib";
import { defineApp } from "./knowledge-app.ts";

const app = new App();
defineApp(app);
app.synth();
