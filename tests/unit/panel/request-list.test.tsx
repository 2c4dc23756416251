// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RequestList, ROW_HEIGHT } from '../../../components/panel/RequestList';
import type { RequestRecord } from '../../../utils/har/record';
import { record } from './builders';

const many = (count: number): RequestRecord[] =>
  Array.from({ length: count }, (_, i) => ({
    ...record({ url: `https://a.example/r/${i}` }),
    id: i + 1,
  }));

function list(records: readonly RequestRecord[], follow: boolean, tagged: number[]) {
  return (
    <RequestList
      records={records}
      selectedId={null}
      follow={follow}
      onFollowChange={() => {}}
      onSelect={() => {}}
      onActivate={() => {}}
      onOpen={() => {}}
      onCopy={() => {}}
      tagOf={(shown) => {
        tagged.push(shown.id);
        return undefined;
      }}
    />
  );
}

const positions = (container: Element) =>
  [...container.querySelectorAll('[role="option"]')].map((row) =>
    Number(row.getAttribute('aria-posinset')),
  );

describe('the request list while it follows the newest request', () => {
  it('draws only the newest rows when requests arrive: none where the list was before', () => {
    const tagged: number[] = [];
    const all = many(1_000);
    const view = render(list(all.slice(0, 200), true, tagged));
    expect(Math.max(...positions(view.container))).toBe(200);
    tagged.length = 0;
    view.rerender(list(all, true, tagged));
    // Every row asked for (and diagnosed) in any render after the arrival is one at the end.
    expect(tagged.length).toBeGreaterThan(0);
    expect(Math.min(...tagged)).toBeGreaterThan(1_000 - 100);
    expect(Math.max(...positions(view.container))).toBe(1_000);
  });

  it('draws where the user scrolled once it no longer follows', () => {
    const tagged: number[] = [];
    const all = many(1_000);
    const view = render(list(all, false, tagged));
    expect(Math.min(...positions(view.container))).toBe(1);
    const box = view.container.querySelector<HTMLElement>('[role="listbox"]');
    if (!box) throw new Error('no list');
    box.scrollTop = 500 * ROW_HEIGHT;
    box.dispatchEvent(new Event('scroll'));
    view.rerender(list(all, false, tagged));
    expect(positions(view.container)).toContain(501);
    expect(Math.max(...positions(view.container))).toBeLessThan(1_000);
  });
});
