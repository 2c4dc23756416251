// A virtual X display (Debian's `xvfb`) for the one test that needs a real browser window: the
// address bar. Xvfb picks a free display number and writes it to a pipe (-displayfd), so tests
// running side by side never collide.
import { type ChildProcess, spawn } from 'node:child_process';

export interface VirtualDisplay {
  /** ":99" */
  display: string;
  stop(): Promise<void>;
}

export async function startXvfb(width = 1280, height = 800): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const pipe = xvfb.stdio[3];
    pipe?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return {
    display: `:${number}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (xvfb.exitCode !== null) return resolve();
        xvfb.once('exit', () => resolve());
        xvfb.kill();
      }),
  };
}
