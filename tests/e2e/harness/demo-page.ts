// Driving the demo page (tests/demo) from a test: its URLs for a round, waiting for a round.
import type { Page } from 'puppeteer-core';
import { DEMO_PLAN, type DemoStep } from '../../demo/plan';
import type { DemoServer } from '../../demo/server';

export interface DemoResult {
  name: string;
  url: string;
  status: number;
  error?: string;
}

/** The URL the demo page requests for a step in a round (as tests/demo/client.js builds it). */
export function demoStepUrl(server: DemoServer, step: DemoStep, round: string): string {
  const origins = { same: server.origin, cross: server.crossOrigin, refused: server.refusedOrigin };
  const url = new URL(step.path, origins[step.origin]);
  url.searchParams.set('run', round);
  return url.href;
}

/** The URLs of every step of a round, redirect targets not included. */
export function demoRoundUrls(server: DemoServer, round: string): string[] {
  return DEMO_PLAN.map((step) => demoStepUrl(server, step, round));
}

/** Waits until the page has finished the round (e.g. the one named by `?run=` on load). A bound
 * on a hang, not a timing check: a loaded CI machine has taken over 10 s for the first round,
 * and a CI run on a fresh machine once took over 20 s (panel-diagnosis, while DevTools attached). */
export async function waitForDemoRound(page: Page, round: string, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    (name: string) =>
      document.documentElement.dataset.round === name &&
      document.documentElement.dataset.demo === 'done',
    { timeout },
    round,
  );
}

/** Makes another round of the demo requests and resolves to what the page saw. */
export function runDemoRound(page: Page, round: string): Promise<DemoResult[]> {
  return page.evaluate(
    (name: string) =>
      (globalThis as unknown as { runDemo(round: string): Promise<DemoResult[]> }).runDemo(name),
    round,
  );
}
