// The local server runs as a production server unless NODE_ENV says
// otherwise. Outside production, graphql-js checks every `instanceof` it makes
// for a second copy of itself, about a tenth of an uncached query's time. This
// module is main.ts's first import, so the setting is in place before graphql
// (which reads it once, when loaded) is imported.
process.env.NODE_ENV ??= "production";
