// The knowledge base's single table, with the key and index names the store
// uses (src/store/entities/), so that code and infrastructure cannot drift apart.
import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { INDEXES } from "../src/store/entities/indexes.ts";
import { TABLE_KEY } from "../src/store/entities/layout.ts";

export interface KnowledgeTableProps {
  /** Delete the table with the stack; otherwise it and its data outlive the stack (and any replacement). */
  destroyData: boolean;
}

export class KnowledgeTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: KnowledgeTableProps) {
    super(scope, id);
    const string = (name: string) => ({ name, type: AttributeType.STRING });
    // Kept when the stack is deleted or the table replaced, but deleted when its
    // own creation fails: a failed first deploy leaves no orphan table behind.
    const removalPolicy = props.destroyData ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;
    this.table = new Table(this, "Table", {
      partitionKey: string(TABLE_KEY.pk),
      sortKey: string(TABLE_KEY.sk),
      // A few hundred items and bursty, mostly idle traffic: pay per request, nothing at rest but storage.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy,
      // Off: it would stop a failed first deploy's rollback from deleting the
      // table it just made. The removal policy keeps the table on stack deletion,
      // and point-in-time recovery can restore a deleted table for 35 days.
      deletionProtection: false,
    });
    for (const g of INDEXES) {
      this.table.addGlobalSecondaryIndex({ indexName: g.name, partitionKey: string(g.pk), sortKey: string(g.sk) });
    }
  }
}
