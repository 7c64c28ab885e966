// The schema as SDL at a stable URL, printed sorted as schema/schema.graphql
// is, for tools that take a schema file (codegen, IDEs). Served only while
// introspection is on: both tell the same thing.
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.ts";

export const SDL_PATH = "/graphql/schema.graphql";

export function sdlRoute(introspection: boolean): (request: Request) => Response {
  let sdl: string | undefined;
  return (request) => {
    if (!introspection) return Response.json({ error: "NOT_FOUND", message: "The schema is not published here." }, { status: 404 });
    if (request.method !== "GET" && request.method !== "HEAD") {
      return Response.json({ error: "METHOD_NOT_ALLOWED", message: "The schema supports GET and HEAD." }, { status: 405, headers: { allow: "GET, HEAD" } });
    }
    sdl ??= `${printSchema(lexicographicSortSchema(schema))}\n`;
    return new Response(request.method === "HEAD" ? null : sdl, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=300" } });
  };
}
