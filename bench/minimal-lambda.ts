// P2's baseline: the smallest GraphQL Lambda of the same stack (yoga, Pothos,
// the DynamoDB client and the same event adapter), one query field doing one
// GetItem. The bench builds it with the product's NodeFunction, as deployed.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import SchemaBuilder from "@pothos/core";
import { createYoga } from "graphql-yoga";
import { configFromEnv } from "../src/config.ts";
import type { HttpEvent } from "../src/lambda/event-request.ts";
import { type HttpResult, handleEvent } from "../src/lambda/http-adapter.ts";
import { jsonLogger } from "../src/logger.ts";
import { createClients } from "../src/store/client.ts";

const { store: config } = configFromEnv();
const { doc } = createClients(config);
const builder = new SchemaBuilder({});
builder.queryType({
  fields: (t) => ({
    dataVersion: t.string({
      nullable: true,
      resolve: async () => {
        const out = await doc.send(new GetCommand({ TableName: config.tableName, Key: { pk: "META", sk: "META" } }));
        return (out.Item?.version as string | undefined) ?? null;
      },
    }),
  }),
});
const yoga = createYoga({ schema: builder.toSchema(), graphqlEndpoint: "/graphql", landingPage: false, graphiql: false });

export async function handler(event: HttpEvent): Promise<HttpResult> {
  return handleEvent(event, (request) => Promise.resolve(yoga.fetch(request)), jsonLogger);
}
