interface Props {
  title: string;
  items: string[];
}

/** A titled bullet list: common causes, fix suggestions. */
export function BulletSection({ title, items }: Props) {
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
