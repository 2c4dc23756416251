import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  onFile(file: File): void;
  children: ComponentChildren;
}

/** Wraps the page: a file dropped anywhere on it is opened. */
export function HarDropZone({ onFile, children }: Props) {
  const [over, setOver] = useState(false);
  return (
    <main
      class={`dropzone${over ? ' over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
    </main>
  );
}
