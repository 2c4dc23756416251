import { launchPanelBench } from './panel-page/browser';
const bench = await launchPanelBench();
try {
  for (let i = 0; i < 5; i++) {
    const { page, close } = await bench.openTab();
    const floor = await page.evaluate(() => window.benchPanel.deliveryFloor(50000));
    await page.evaluate(() => window.benchPanel.prepare(50000, 1));
    const r = await page.evaluate(() => window.benchPanel.ingest());
    console.log(`floor ${floor.toFixed(0)} delivered ${r.delivered.toFixed(0)} painted ${r.painted.toFixed(0)}`);
    await close();
  }
} finally { await bench.close(); }
