import { useEffect, useRef, useState } from 'preact/hooks';
import { type CalmAnnouncer, createCalmAnnouncer } from '../../utils/calm-count';

/** `text` as a live region should say it: at a calm pace (utils/calm-count.ts), '' at first. */
export function useCalmText(text: string): string {
  const [said, setSaid] = useState('');
  const announcer = useRef<CalmAnnouncer<string> | null>(null);
  if (announcer.current === null) announcer.current = createCalmAnnouncer<string>(setSaid);
  useEffect(() => {
    announcer.current?.update(text);
  }, [text]);
  useEffect(() => () => announcer.current?.cancel(), []);
  return said;
}
