import { useEffect, useRef } from 'preact/hooks';
import type { FaqItem } from '../../data/types';
import { labelOf, primaryEntry } from '../../utils/lookup';
import { toneOf } from '../../utils/status-class';

interface Props {
  items: readonly FaqItem[];
  onOpenCode: (code: number) => void;
  onBack: () => void;
}

/** Questions people ask when choosing between codes. */
export function FaqView({ items, onOpenCode, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="faq" aria-labelledby="faq-title">
      <div class="detail-bar">
        <button type="button" class="link-button" onClick={onBack}>
          ← All codes <kbd>Esc</kbd>
        </button>
        <a href="reference.html#faq" target="_blank" rel="noopener">
          Open in a tab
        </a>
      </div>
      <h2 id="faq-title" tabIndex={-1} ref={heading}>
        Questions
      </h2>
      {items.map((item) => (
        <details key={item.id} id={`faq-${item.id}`}>
          <summary>{item.question}</summary>
          {item.answer.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p class="related">
            {item.codes
              .map((code) => primaryEntry(code))
              .filter((entry) => entry !== undefined)
              .map((entry) => (
                <button
                  key={entry.code}
                  type="button"
                  class={`chip tone-${toneOf(entry.code)}`}
                  onClick={() => onOpenCode(entry.code)}
                >
                  {labelOf(entry)}
                </button>
              ))}
          </p>
        </details>
      ))}
    </section>
  );
}
