import type { Finding, Severity } from '../../utils/requests/diagnosis-slot';

interface Props {
  findings: readonly Finding[];
  /** About the error body: "Reading the error body…", or why it was not read. */
  note?: string;
}

const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** What this particular response says (the diagnosis rules' findings), as text: each with its
 * severity, its one-sentence title and its detail lines. */
export function FindingsList({ findings, note }: Props) {
  if (findings.length === 0 && !note) return null;
  return (
    <section class="findings" aria-label="Findings">
      <h3>What this response says</h3>
      <ul class="finding-list">
        {findings.map((finding, index) => (
          // Findings have no id and two may share a title: their place is their identity.
          <li key={index} class={`finding severity-${finding.severity}`}>
            <p class="finding-title">
              <span class="severity">{SEVERITY_WORDS[finding.severity]}</span> {finding.title}
            </p>
            {finding.details.length > 0 ? (
              <ul class="finding-details">
                {finding.details.map((line, lineIndex) => (
                  <li key={lineIndex}>{line}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {note ? <p class="muted body-note">{note}</p> : null}
    </section>
  );
}
