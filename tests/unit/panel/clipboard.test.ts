// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyWithTextarea, createClipboard } from '../../../utils/clipboard';

describe('the clipboard adapter', () => {
  it('uses the async clipboard API when it is allowed', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await createClipboard(document, { writeText }).write('404 Not Found')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('404 Not Found');
  });

  it('falls back to execCommand on a textarea where it is refused (DevTools panels)', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('blocked', 'NotAllowedError')));
    let copied = '';
    document.execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    expect(await createClipboard(document, { writeText }).write('GET / → 200 OK')).toBe(true);
    expect(copied).toBe('GET / → 200 OK');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('gives the focus back and reports failure', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    document.execCommand = vi.fn(() => false);
    expect(copyWithTextarea(document, 'x')).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('works without the async API at all', async () => {
    document.execCommand = vi.fn(() => true);
    expect(await createClipboard(document).write('x')).toBe(true);
  });
});
