import type { ChatPlatform } from "./chat.ts";

/** pending: not sent yet; attempting: a send started and its outcome was not recorded. */
export type DeliveryStatus = "pending" | "attempting" | "sent" | "uncertain" | "failed" | "skipped";

/** One notice to one recipient, created by a fan-out before any send. */
export interface NewDelivery {
  key: string;
  orgId: string;
  kind: string;
  outboxId: bigint | null;
  subjectId: string | null;
  personId: string | null;
  platform: ChatPlatform;
  targetKind: "direct" | "channel";
  targetId: string;
}

export interface DeliveryRecord extends NewDelivery {
  status: DeliveryStatus;
  attempts: number;
  attemptedAt: Date | null;
  sentAt: Date | null;
  messageId: string | null;
  /** Why the last attempt did not end "sent" (the platform's refusal, an error): for the logs. */
  lastError: string | null;
  createdAt: Date;
}

/** Delivery tracking: the record of every attempt, written before the send it describes. */
export interface NoticeDeliveryStore {
  /** Inserts rows whose key is new; existing keys keep their first target and status. */
  ensure(rows: NewDelivery[]): Promise<void>;
  get(key: string): Promise<DeliveryRecord | null>;
  /** Keys of this outbox row's deliveries that still need a send. */
  listOpenKeysOfOutbox(outboxId: bigint): Promise<Array<{ key: string; platform: ChatPlatform }>>;
  /** Open deliveries (pending or attempting), oldest first: the in-process runner's queue. */
  listOpen(limit: number): Promise<DeliveryRecord[]>;
  /**
   * Records attempt number attempts+1 before a send. Succeeds only when the row still has the
   * attempt count the caller read, so two workers can never both claim one attempt.
   */
  claimAttempt(key: string, expectedAttempts: number, now: Date): Promise<boolean>;
  markSent(key: string, messageId: string, now: Date): Promise<void>;
  /** The platform answered with an error, so nothing was sent: safe to try again. */
  markNotSent(key: string, error: string): Promise<void>;
  markFinal(key: string, status: "failed" | "uncertain" | "skipped", error: string): Promise<void>;
  /** Whether an older notice to the same target still waits, so this one must not overtake it. */
  hasEarlierOpen(d: DeliveryRecord): Promise<boolean>;
  countByStatus(): Promise<Record<string, number>>;
  /** Whether this person already got a notice of this kind about this subject since `since`. */
  existsSince(kind: string, subjectId: string, personId: string, since: Date): Promise<boolean>;
}
