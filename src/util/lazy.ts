// Loading a part of the extension on first use: one load however many callers ask at once, and a load
// that fails rejects with a message fit to show (what could not be loaded, why, and what to do). A
// failed load is not kept: the next use tries again. No vscode here, so the unit tests run it.

/** The error a failed load rejects with: `message` is for a person, `cause` is what went wrong. */
export class LoadError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

/** The first line of what went wrong (a require stack follows it in Node), without a closing period. */
export function failureReason(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return (text.split('\n')[0] ?? '').trim().replace(/\.$/, '') || 'unknown error';
}

export interface Lazy<T> {
  /** Loads on the first call; every later (or concurrent) call gets the same promise. */
  (): Promise<T>;
  /** The value once loaded, without loading it. */
  readonly loaded: T | undefined;
  /** How many times the load ran (a failed load runs again on the next call). */
  readonly loads: number;
}

/**
 * Memoises `load` (sync or async). A failure rejects with a LoadError whose message is
 * `message(reason)`, the reason being the first line of the error `load` threw.
 */
export function lazy<T>(load: () => T | Promise<T>, message: (reason: string) => string): Lazy<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  let loads = 0;
  const start = async (): Promise<T> => {
    loads++;
    try {
      value = await load();
      return value;
    } catch (e) {
      throw new LoadError(message(failureReason(e)), e);
    }
  };
  const get = (() => {
    if (!pending) {
      const attempt = start();
      pending = attempt;
      // Forget a failed attempt (after it is handed out), so the next use loads again.
      attempt.catch(() => { if (pending === attempt) pending = undefined; });
    }
    return pending;
  }) as Lazy<T>;
  Object.defineProperties(get, {
    loaded: { get: () => value },
    loads: { get: () => loads },
  });
  return get;
}
