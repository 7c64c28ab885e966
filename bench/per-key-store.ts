// The naive contrast for P1: a store that loads every referenced record with a
// GetItem of its own (no BatchGetItem, no reference table read whole). The
// loaders still ask for each key once per request; only the batching is gone.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { EntityMap, EntityType } from "../src/domain/entity-types.ts";
import { DynamoKnowledgeStore } from "../src/store/dynamodb-knowledge-store.ts";
import { itemKey } from "../src/store/entities/keys.ts";
import { recordOf } from "../src/store/entities/layout.ts";
import type { ReferenceTables, ReferenceType } from "../src/store/reference-tables.ts";

export class PerKeyStore extends DynamoKnowledgeStore {
  override getMany<T extends EntityType>(type: T, keys: readonly (string | number)[]): Promise<(EntityMap[T] | null)[]> {
    return Promise.all(
      keys.map(async (key) => {
        const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: itemKey(type, String(key)) }));
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
