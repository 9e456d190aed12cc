/**
 * Multi-step conversation state (a pending choice, the organization picked in a DM) that must
 * survive restarts and be shared by several bot processes: never only in memory.
 */
export interface ChatStateStore {
  get(key: string, now: Date): Promise<unknown | null>;
  set(key: string, data: unknown, expiresAt: Date): Promise<void>;
  delete(key: string): Promise<void>;
}
