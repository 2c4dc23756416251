/**
 * `npm run bench:profile`: where the panel's time goes while 50,000 live requests arrive. Runs the
 * benchmark's ingest step once (after a warm-up) in an unminified build of the panel page under
 * the DevTools protocol's CPU profiler, and prints the functions with the most self time, grouped
 * by function and file. Not a benchmark: profiling slows everything down; it says where, not how
 * long. PROFILE_GRAPHQL=1: one request in ten a GraphQL call whose body the panel reads.
 */
import type { Protocol } from 'puppeteer-core';
import { ENTRIES } from './panel';
import { launchPanelBench } from './panel-page/browser';

const TOP = Number(process.env.PROFILE_TOP ?? 25);

function selfTimes(profile: Protocol.Profiler.Profile): Map<string, number> {
  const byNode = new Map<number, Protocol.Profiler.ProfileNode>();
  for (const node of profile.nodes) byNode.set(node.id, node);
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i] as number);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
    // A sample's time is the gap to the next sample.
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return totals;
}

const bench = await launchPanelBench({ minify: false });
try {
  for (const profiled of [false, true]) {
    const { page, close } = await bench.openTab();
    const cdp = await page.createCDPSession();
    const graphql = process.env.PROFILE_GRAPHQL === '1';
    await page.evaluate(
      (n, g) => window.benchPanel.prepare(n, 1, { graphql: g }),
      ENTRIES,
      graphql,
    );
    if (profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const { painted } = await page.evaluate(() => window.benchPanel.ingest());
    if (profiled) {
      const { profile } = await cdp.send('Profiler.stop');
      const rows = [...selfTimes(profile)].sort((a, b) => b[1] - a[1]).slice(0, TOP);
      console.log(`Ingest of ${ENTRIES} under the profiler: ${painted.toFixed(0)} ms painted`);
      for (const [name, ms] of rows) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
    }
    await cdp.detach();
    await close();
  }
} finally {
  await bench.close();
}
