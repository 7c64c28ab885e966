import { brandWithType } from "@pothos/core";
import { notFound } from "../../domain/errors.ts";
import { builder, decodeGlobalID } from "../builder.ts";
import { AidFigureRef, CountryRef, InitiativeRef, PeriodRef, SourceRef } from "../node-refs.ts";
import { loadOrNull } from "../record-loading.ts";

const NODE_TYPES = { Country: CountryRef, Period: PeriodRef, Initiative: InitiativeRef, AidFigure: AidFigureRef, Source: SourceRef } as const;

builder.queryField("node", (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: "Any object by its global ID; null when the object no longer exists.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, { id }, ctx) => {
      const { typename, id: key } = decodeGlobalID(String(id));
      // Own keys only: "constructor" or "toString" must not find Object.prototype's.
      const ref = Object.hasOwn(NODE_TYPES, typename) ? NODE_TYPES[typename as keyof typeof NODE_TYPES] : undefined;
      if (!ref) throw notFound("`id` names no type of this API");
      const record = await loadOrNull(ref as typeof SourceRef, ctx, key);
      // The brand tells the Node interface which object type a record is.
      if (record) brandWithType(record, ref);
      return record as never;
    },
  }),
);
