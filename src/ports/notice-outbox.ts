/** An outbox row as the relay sees it: ids only, the payload is read again by the fan-out. */
export interface OutboxRow {
  id: bigint;
  orgId: string;
  kind: string;
  createdAt: Date;
}

/** Moves committed outbox rows out of the database; several relays may run at once. */
export interface NoticeOutbox {
  /**
   * Locks up to `limit` unrelayed rows (skipping rows another relay holds), hands them to
   * `publish`, and marks the ids it returns as relayed, in one transaction. A row publish does not
   * return stays unrelayed and is offered again on the next call.
   */
  relayBatch(
    limit: number,
    publish: (rows: OutboxRow[]) => Promise<bigint[]>,
    now: Date,
  ): Promise<{ claimed: number; relayed: number }>;
  /** Unrelayed rows in id order, without locking (the in-process runner fans out outside any transaction). */
  listUnrelayed(limit: number): Promise<OutboxRow[]>;
  markRelayed(ids: bigint[], now: Date): Promise<void>;
  /** Unrelayed rows and the age of the oldest, for the status endpoint. */
  backlog(now: Date): Promise<{ count: number; oldestAgeMs: number | null }>;
}
