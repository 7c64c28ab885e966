// The naive contrast for P1: a store that loads every referenced record with a
// GetItem of its own (no BatchGetItem, no reference table read whole). The
// loaders still ask for each key once per request; only the batching is gone.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { KnowledgeStore } from "../src/store/knowledge-store.ts";
import type { ReferenceTables, ReferenceType } from "../src/store/reference-tables.ts";
import { type EntityMap, type EntityType, keyOf, recordOf } from "../src/store/table.ts";

export class PerKeyStore extends KnowledgeStore {
  override getMany<T extends EntityType>(type: T, keys: readonly (string | number)[]): Promise<(EntityMap[T] | null)[]> {
    return Promise.all(
      keys.map(async (key) => {
        const pk = keyOf[type](String(key));
        const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk: pk } }));
        return out.Item?.type === type ? recordOf<T>(out.Item) : null;
      }),
    );
  }

  override referenceTables(): ReferenceTables {
    return {
      all: <T extends ReferenceType>(type: T) => (type === "Period" ? this.listPeriods() : this.listSources()) as Promise<EntityMap[T][]>,
      getMany: (type, keys) => this.getMany(type, keys),
    };
  }
}
