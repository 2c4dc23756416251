/**
 * The panel's "Preserve log" setting, remembered in the page's own localStorage (no storage
 * permission needed). Storage that throws (disabled, full) falls back to memory.
 */

export interface Setting<T> {
  get(): T;
  set(value: T): void;
}

export const PRESERVE_LOG_KEY = 'status-lens:preserve-log';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** `storage` is a function because merely reading `localStorage` throws where it is disabled. */
export function createPreserveLogSetting(storage: () => StorageLike | null): Setting<boolean> {
  let memory = false;
  try {
    memory = storage()?.getItem(PRESERVE_LOG_KEY) === 'true';
  } catch {
    memory = false;
  }
  return {
    get: () => memory,
    set(value) {
      memory = value;
      try {
        storage()?.setItem(PRESERVE_LOG_KEY, String(value));
      } catch {
        // Kept in memory for this session.
      }
    },
  };
}
