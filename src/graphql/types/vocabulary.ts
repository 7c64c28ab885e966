// The shared vocabularies records are tagged with: topics (on initiatives,
// country facts, statements and context figures) and actors (on initiatives).
import { ACTORS, TOPICS } from "../../domain/enums.ts";
import { builder } from "../builder.ts";

export const TopicEnum = builder.enumType("Topic", {
  description: "A subject a record concerns; a record may have several. Filter lists by one.",
  values: TOPICS,
});

export const ActorEnum = builder.enumType("Actor", {
  description:
    "Who carries an initiative: Japan, another power (CHINA, RUSSIA, EUROPEAN_UNION, …), a group of states (CENTRAL_ASIAN_REPUBLICS) or an international body (OECD, ASIAN_DEVELOPMENT_BANK).",
  values: ACTORS,
});
