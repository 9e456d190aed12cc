import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The inbox event whose handling is running in this async context: the booking store writes its
 * "done" mark inside the first write transaction of that handling (`marked` afterwards).
 */
export interface InboxContext {
  id: string;
  token: string;
  marked: boolean;
}

export const inboxContext = new AsyncLocalStorage<InboxContext>();
