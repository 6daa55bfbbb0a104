import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request a piece of work belongs to, without threading it through every call: the HTTP layer
 * opens a scope per request, and the query runner and logger read the id from it.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestScope<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
