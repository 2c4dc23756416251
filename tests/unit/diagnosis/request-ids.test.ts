import { requestIds } from '../../../utils/diagnosis';
import { entry, fixture, recorded } from './builder';

describe('request IDs', () => {
  it.each([
    ['X-Request-Id', 'req-1', 'Request ID', undefined],
    ['x-correlation-id', 'corr-1', 'Correlation ID', undefined],
    [
      'traceparent',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'W3C trace context',
      '4bf92f3577b34da6a3ce929d0e0e4736',
    ],
    [
      'X-Amzn-Trace-Id',
      'Root=1-67891233-abcdef012345678912345678;Sampled=1',
      'AWS X-Ray trace ID',
      '1-67891233-abcdef012345678912345678',
    ],
    ['x-amz-cf-id', 'b3VqZ2xlZ2V0', 'CloudFront request ID', undefined],
    ['CF-RAY', '8c1d2e3f4a5b6c7d-FRA', 'Cloudflare ray ID', undefined],
    [
      'x-cloud-trace-context',
      '105445aa7843bc8bf206b12000100000/1;o=1',
      'Google Cloud trace',
      '105445aa7843bc8bf206b12000100000',
    ],
    ['x-github-request-id', 'C0DE:1234:5678', 'GitHub request ID', undefined],
    ['x-ms-request-id', 'abc', 'Azure request ID', undefined],
    [
      'sentry-trace',
      '771a43a4192642f0b136d5159a501700-b9b7c8f3e3a7b0a1-1',
      'Sentry trace',
      '771a43a4192642f0b136d5159a501700',
    ],
  ])('%s', (name, value, label, traceId) => {
    const [id, ...rest] = requestIds(entry({ response: [[name, value]] }));
    expect(rest).toEqual([]);
    expect(id).toEqual({
      header: name,
      label,
      value,
      side: 'response',
      ...(traceId ? { traceId } : {}),
    });
  });

  it('response first, then request; repeated values once', () => {
    const e = entry({
      request: [
        ['X-Request-Id', 'client-1'],
        ['traceparent', '00-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbb-01'],
      ],
      response: [
        ['x-request-id', 'server-1'],
        ['X-Correlation-Id', 'server-1'],
        ['cf-ray', 'r-1'],
      ],
    });
    expect(requestIds(e).map((id) => `${id.side} ${id.header}: ${id.value}`)).toEqual([
      'response x-request-id: server-1',
      'response cf-ray: r-1',
      'request X-Request-Id: client-1',
      'request traceparent: 00-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbb-01',
    ]);
  });

  it('bounds hostile values', () => {
    const [id] = requestIds(entry({ response: [['X-Request-Id', `a\r\nb${'x'.repeat(5000)}`]] }));
    expect(id?.value.length).toBeLessThanOrEqual(200);
    expect(id?.value).not.toMatch(/[\r\n]/);
  });

  it.each([
    { name: 'no headers', e: entry() },
    { name: 'empty values', e: entry({ response: [['X-Request-Id', '  ']] }) },
    {
      name: 'look-alikes',
      e: entry({
        response: [
          ['X-Request-Idx', '1'],
          ['request-ids', '2'],
        ],
      }),
    },
  ])('none for $name', ({ e }) => {
    expect(requestIds(e)).toEqual([]);
  });

  it('recorded: x-request-id, x-correlation-id, traceparent, cf-ray, x-amzn-trace-id', () => {
    const labels = (name: string, path: string) =>
      requestIds(recorded(fixture(name), path)).map((id) => id.label);
    expect(labels('rate-limit', '/s/429-retry-after-seconds')).toEqual(['Request ID']);
    expect(labels('auth', '/s/401-two-challenges')).toEqual(['Correlation ID']);
    expect(labels('bodies', '/s/422-problem')).toEqual(['W3C trace context']);
    expect(labels('vendors', '/s/cloudflare-522')).toEqual(['Cloudflare ray ID']);
    expect(labels('vendors', '/s/aws-502')).toEqual(['AWS X-Ray trace ID']);
  });
});
