import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../e2e/harness/chromium';
import { chromiumExecutable } from '../e2e/harness/paths';
import { servePanelPage } from './panel-page/serve';
const A = await servePanelPage({ root: '/tmp/ab-old/tests/bench/panel-page' });
const B = await servePanelPage();
const browser = await puppeteer.launch({ executablePath: chromiumExecutable(), headless: true, args: ['--no-sandbox', ...chromiumArgs(await mkdtemp(join(tmpdir(), 'ab-')))] });
const res: Record<string, number[]> = { A: [], B: [] };
try {
  for (let i = 0; i < Number(process.env.N ?? 6); i++) {
    for (const [name, served] of [['A', A], ['B', B]] as const) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      await page.goto(served.url, { waitUntil: 'load' });
      await page.evaluate(() => window.benchPanel.ready());
      await page.evaluate(() => window.benchPanel.prepare(50000, 1));
      const r = await page.evaluate(() => window.benchPanel.ingest());
      if (i > 0) res[name]!.push(r.painted);
      await page.close();
    }
  }
} finally { await browser.close(); await A.close(); await B.close(); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [k, v] of Object.entries(res)) console.log(k, med(v).toFixed(0), v.map((x) => x.toFixed(0)).join(' '));
