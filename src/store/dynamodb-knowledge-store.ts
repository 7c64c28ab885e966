// The knowledge store on DynamoDB: each method runs the access pattern its
// entity module builds (entities/, with the table of patterns in
// entities/README.md). Nothing else builds DynamoDB requests.
import { GetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { EntityMap, EntityType } from "../domain/entity-types.ts";
import type { AidFigure, AidKind, ContextFigure, Country, Initiative, Period, Source, Statement } from "../domain/records.ts";
import type { StoreConfig } from "../config.ts";
import { batchGet } from "./batch.ts";
import { createClients } from "./client.ts";
import { cursorSecret } from "./cursor.ts";
import { aidFiguresOfQuery, aidFiguresQuery } from "./entities/aid-figure.ts";
import { contextFiguresBySlug } from "./entities/context-figure.ts";
import { countriesByName } from "./entities/country.ts";
import { META_KEY, releaseOf } from "./entities/data-version.ts";
import { initiativesQuery } from "./entities/initiative.ts";
import { itemKey } from "./entities/keys.ts";
import { recordOf } from "./entities/layout.ts";
import { periodsChronologically } from "./entities/period.ts";
import { sourcesBySlug } from "./entities/source.ts";
import { statementsBySlug } from "./entities/statement.ts";
import type { AidFigureFilter, DataRelease, InitiativeFilter, KnowledgeStore } from "./knowledge-store.ts";
import { EMPTY_PAGE, type Page, type PageArgs } from "./page.ts";
import { countAll, readAll, readPage } from "./query-runner.ts";
import { type ReferenceTables, wholeReferenceTables } from "./reference-tables.ts";

export class DynamoKnowledgeStore implements KnowledgeStore {
  /** Signs this store's cursors: the deployment's key, or this process's own. */
  readonly cursorSecret: Buffer;

  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
    options: { cursorSecret?: string } = {},
  ) {
    this.cursorSecret = cursorSecret(options.cursorSecret);
  }

  async getMany<T extends EntityType>(type: T, keys: readonly (string | number)[]): Promise<(EntityMap[T] | null)[]> {
    const requested = keys.map((k) => itemKey(type, String(k)));
    const unique = [...new Map(requested.map((key) => [key.pk, key])).values()];
    const items = unique.length === 0 ? [] : await batchGet(this.doc, this.tableName, unique);
    const byKey = new Map(items.filter((i) => i.type === type).map((i) => [i.pk as string, recordOf<T>(i)]));
    return requested.map((key) => byKey.get(key.pk) ?? null);
  }

  referenceTables(): ReferenceTables {
    return wholeReferenceTables(this);
  }

  listCountries(): Promise<Country[]> {
    return readAll(this, countriesByName());
  }

  listPeriods(): Promise<Period[]> {
    return readAll(this, periodsChronologically());
  }

  listSources(): Promise<Source[]> {
    return readAll(this, sourcesBySlug());
  }

  listStatements(): Promise<Statement[]> {
    return readAll(this, statementsBySlug());
  }

  listContextFigures(): Promise<ContextFigure[]> {
    return readAll(this, contextFiguresBySlug());
  }

  aidFiguresOf(code: string | null, kind?: AidKind | null): Promise<AidFigure[]> {
    return readAll(this, aidFiguresOfQuery(code, kind));
  }

  initiatives(filter: InitiativeFilter, page: PageArgs): Promise<Page<Initiative>> {
    return readPage(this, initiativesQuery(filter), page, { list: "initiatives", filter });
  }

  aidFigures(filter: AidFigureFilter, page: PageArgs): Promise<Page<AidFigure>> {
    const query = aidFiguresQuery(filter);
    return query ? readPage(this, query, page, { list: "aidFigures", filter }) : Promise.resolve(EMPTY_PAGE);
  }

  countInitiatives(filter: InitiativeFilter): Promise<number> {
    return countAll(this, initiativesQuery(filter));
  }

  countAidFigures(filter: AidFigureFilter): Promise<number> {
    const query = aidFiguresQuery(filter);
    return query ? countAll(this, query) : Promise.resolve(0);
  }

  async dataVersion(): Promise<string | null> {
    return (await this.dataRelease())?.version ?? null;
  }

  async dataRelease(): Promise<DataRelease | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: META_KEY }));
    return releaseOf(out.Item);
  }
}

/** The store on the table `config` names, with its own client. */
export function openDynamoStore(config: StoreConfig): DynamoKnowledgeStore {
  return new DynamoKnowledgeStore(createClients(config).doc, config.tableName, { cursorSecret: config.cursorSecret });
}
