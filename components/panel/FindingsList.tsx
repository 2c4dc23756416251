import type { Finding } from '../../utils/requests/diagnosis-slot';

interface Props {
  findings: readonly Finding[];
}

/** What this particular response says (the diagnosis rules' findings), as text. */
export function FindingsList({ findings }: Props) {
  if (findings.length === 0) return null;
  return (
    <section class="findings" aria-label="Findings">
      <h3>What this response says</h3>
      <ul>
        {findings.map((finding) => (
          <li key={finding.summary}>
            {finding.summary}
            {finding.detail ? <span class="muted"> {finding.detail}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
