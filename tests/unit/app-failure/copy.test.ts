// The copy formats carry an application-level failure: the request line names its code and
// message (through the sanitizer), the Markdown and incident notes lead with its finding.
import { describe, expect, it } from 'vitest';
import { entryFailure } from '../../../utils/app-failure/detect';
import { formatCopy } from '../../../utils/copy/format';
import { createDiagnose } from '../../../utils/requests/diagnose-record';
import { GRAPHQL_POST, recordOf, withBody } from './build';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

function failedGraphql() {
  const made = withBody(
    GRAPHQL_POST,
    JSON.stringify({
      errors: [
        {
          message: `Token ${TOKEN} has expired`,
          path: ['viewer'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
      data: null,
    }),
  );
  const record = recordOf(made);
  const app = entryFailure(record, made);
  if (app) record.app = app;
  return record;
}

describe('copying an application failure', () => {
  it('the request line names the code and the message, with secrets hidden', () => {
    const line = formatCopy('line', failedGraphql());
    expect(line).toMatch(
      /^POST \/graphql → 200 OK, GraphQL UNAUTHENTICATED “Token \\\[redacted: JWT\\\] has expired”$/,
    );
    expect(line).not.toContain(TOKEN);
  });

  it('the Markdown and incident notes lead with the finding', () => {
    const record = failedGraphql();
    const diagnose = createDiagnose({ now: () => 0 });
    const findings = diagnose.diagnose(record, [record]).findings.map((f) => f.title);
    expect(findings[0]).toMatch(/^The GraphQL call failed behind HTTP 200: UNAUTHENTICATED/);
    const markdown = formatCopy('markdown', record, { findings });
    expect(markdown).toContain('- The GraphQL call failed behind HTTP 200: UNAUTHENTICATED');
    const incident = formatCopy('incident', record, {
      incident: diagnose.incident(record, [record]),
    });
    const findingsAt = incident.indexOf('#### Findings');
    expect(incident.slice(findingsAt)).toMatch(
      /^#### Findings\n\n- \*\*Error\*\*: The GraphQL call failed behind HTTP 200: UNAUTHENTICATED/,
    );
    expect(incident).toContain(
      '- Same failure in this list: 1× POST /graphql → 200 OK, GraphQL UNAUTHENTICATED',
    );
    expect(incident).not.toContain(TOKEN);
  });
});
