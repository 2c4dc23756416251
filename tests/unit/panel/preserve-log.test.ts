import { describe, expect, it } from 'vitest';
import { createPreserveLogSetting, PRESERVE_LOG_KEY } from '../../../utils/preserve-log';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

describe('the Preserve log setting', () => {
  it('is off by default and remembered in the page’s own storage', () => {
    const storage = memoryStorage();
    const setting = createPreserveLogSetting(() => storage);
    expect(setting.get()).toBe(false);
    setting.set(true);
    expect(storage.items.get(PRESERVE_LOG_KEY)).toBe('true');
    expect(createPreserveLogSetting(() => storage).get()).toBe(true);
  });

  it('keeps working in memory where storage throws', () => {
    const setting = createPreserveLogSetting(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(setting.get()).toBe(false);
    setting.set(true);
    expect(setting.get()).toBe(true);
  });
});
