// P4's baseline: a yoga server with one `hello` field, served as the local
// server serves (Node http through @whatwg-node/server), in its own process.
import { createServer } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { createSchema, createYoga } from "graphql-yoga";

const yoga = createYoga({
  schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }),
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  logging: false,
});
const port = Number(process.env.PORT ?? 4401);
createServer(createServerAdapter(yoga.fetch)).listen(port, "127.0.0.1", () => console.log(`hello at http://127.0.0.1:${port}/graphql`));
