import { diagnose, incidentNote } from '../../../utils/diagnosis';
import { context, contextFor, entry, fixture, recorded, T0 } from './builder';

describe('incident note input', () => {
  it('collects label, method, URL, time, findings, key headers and request IDs', () => {
    const e = entry({
      method: 'POST',
      url: 'https://api.example.com/v1/orders',
      status: 429,
      time: 120.4,
      request: [
        ['Content-Type', 'application/json'],
        ['Authorization', 'Bearer secret-token'],
        ['Cookie', 'session=secret'],
        ['X-Api-Key', 'secret-key'],
      ],
      response: [
        ['Retry-After', '30'],
        ['Set-Cookie', 'session=secret2'],
        ['X-Request-Id', 'req-42'],
        ['Server', 'nginx'],
      ],
    });
    const findings = diagnose(e, context());
    const note = incidentNote(e, findings);
    expect(note).toEqual({
      label: '429 Too Many Requests',
      method: 'POST',
      url: 'https://api.example.com/v1/orders',
      time: new Date(T0).toISOString(),
      status: 429,
      durationMs: 120,
      findings: findings.map(({ severity, title, details }) => ({ severity, title, details })),
      keyHeaders: [
        { side: 'request', name: 'Content-Type', value: 'application/json' },
        { side: 'response', name: 'Retry-After', value: '30' },
        { side: 'response', name: 'Server', value: 'nginx' },
      ],
      requestIds: [
        { header: 'X-Request-Id', label: 'Request ID', value: 'req-42', side: 'response' },
      ],
    });
    expect(JSON.stringify(note)).not.toMatch(/secret/);
  });

  it.each([
    [0, '', 'No response (status 0)'],
    [404, 'Not Found', '404 Not Found'],
    [404, '', '404 Not Found'],
    [799, 'Whatever', '799 Whatever'],
    [799, '', '799'],
  ])('label for %s %j', (status, statusText, label) => {
    expect(incidentNote(entry({ status, statusText }), []).label).toBe(label);
  });

  it('a failed request carries its reason', () => {
    const e = recorded(fixture('network'), '/s/refused');
    const note = incidentNote(e, diagnose(e, contextFor(e)));
    expect(note.error).toBe('net::ERR_CONNECTION_REFUSED');
    expect(note.findings[0]?.title).toBe(
      'Connection refused: nothing listens on that host and port',
    );
  });

  it('is plain data: no HTML, bounded, and does not share arrays with the findings', () => {
    const e = entry({
      url: `https://a.example/<script>${'x'.repeat(10_000)}`,
      response: [['Location', '<b>x</b>']],
      status: 302,
    });
    const findings = diagnose(e, context());
    const note = incidentNote(e, findings);
    expect(note.url.length).toBeLessThanOrEqual(2048);
    note.findings[0]?.details.push('changed');
    expect(findings[0]?.details).not.toContain('changed');
    expect(JSON.parse(JSON.stringify(note))).toEqual(note);
  });
});
