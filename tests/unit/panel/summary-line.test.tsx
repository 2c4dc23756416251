// @vitest-environment happy-dom
// The summary line says what the list could not hold or check: the oldest dropped past the cap,
// and the responses whose bodies could not be checked for an application error.
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SummaryLine } from '../../../components/panel/SummaryLine';
import { summarize } from '../../../utils/requests/summary';
import { record } from './builders';

const summary = summarize([record({ status: 200 }), record({ status: 404 })]);

describe('the summary line', () => {
  it('says how many responses were not checked for app errors, and why on hover', () => {
    const { container } = render(
      <SummaryLine summary={summary} shown={null} dropped={0} cap={50_000} appUnchecked={1234} />,
    );
    const unchecked = container.querySelector('.unchecked');
    expect(unchecked?.textContent).toBe('1,234 responses not checked for app errors');
    expect(unchecked?.getAttribute('title')).toMatch(/over 1 MB/);
  });

  it('says nothing of it when every candidate was checked', () => {
    const { container } = render(
      <SummaryLine summary={summary} shown={null} dropped={0} cap={50_000} appUnchecked={0} />,
    );
    expect(container.querySelector('.unchecked')).toBeNull();
    expect(container.textContent).toContain('2 requests, 1 failed');
  });
});
