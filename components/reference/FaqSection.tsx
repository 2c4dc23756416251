import type { FaqItem } from '../../data/types';
import { primaryEntry } from '../../utils/lookup';
import { CodeLinks } from './CodeLinks';

interface Props {
  items: readonly FaqItem[];
}

/** The questions people ask when choosing between codes, every answer open (`#faq`,
 * `#faq-401-vs-403`). */
export function FaqSection({ items }: Props) {
  return (
    <section id="faq" class="faq" aria-labelledby="faq-title">
      <h2 id="faq-title" tabIndex={-1}>
        Questions
      </h2>
      {items.map((item) => (
        <section key={item.id} id={`faq-${item.id}`} aria-labelledby={`faq-title-${item.id}`}>
          <h3 id={`faq-title-${item.id}`} tabIndex={-1}>
            <a href={`#faq-${item.id}`}>{item.question}</a>
          </h3>
          {item.answer.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <CodeLinks
            title="Codes"
            entries={item.codes.map((code) => primaryEntry(code)).filter((e) => e !== undefined)}
          />
        </section>
      ))}
    </section>
  );
}
