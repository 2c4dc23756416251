import type { Protocol } from 'puppeteer-core';
import { launchPanelBench } from './panel-page/browser';
const bench = await launchPanelBench({ minify: false });
try {
  for (const profiled of [false, true]) {
    const { page, close } = await bench.openTab();
    const cdp = await page.createCDPSession();
    await page.evaluate(() => window.benchPanel.prepare(50000, 1));
    if (profiled) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
    const r = await page.evaluate(() => window.benchPanel.ingest());
    if (profiled) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Protocol.Profiler.Profile };
      const lines = new Map<string, number>();
      const self = new Map<string, number>();
      for (const n of profile.nodes) {
        const f = `${n.callFrame.functionName || '(anon)'}`;
        self.set(f, (self.get(f) ?? 0) + (n.hitCount ?? 0));
        for (const t of n.positionTicks ?? []) { const k = `${f}:${t.line}`; lines.set(k, (lines.get(k) ?? 0) + t.ticks); }
      }
      const total = [...self.values()].reduce((a, b) => a + b, 0);
      console.log('painted', r.painted.toFixed(0), 'total ticks', total);
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(6), k);
      console.log('--- lines');
      for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(6), k);
    }
    await cdp.detach(); await close();
  }
} finally { await bench.close(); }
