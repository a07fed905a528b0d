// Usage: node render-bpmn.js OUT_DIR FILE.bpmn... (NODE_PATH must hold bpmn-js and playwright-core; see render-bpmn)
// Each diagram is drawn by the bpmn-js viewer at 100 % in headless chromium and saved as OUT_DIR/<ProcessId>.png
// (2 device pixels per diagram pixel, 30 px white margin, 40 px more below for the bpmn.io logo, which must stay visible).
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [outDir, ...files] = process.argv.slice(2);
const viewerJs = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const margin = 30;
const logo = 40;

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 2, locale: 'ja-JP' });
    await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas"></div></body></html>');
    await page.addScriptTag({ path: viewerJs });
    for (const file of files) {
      const xml = fs.readFileSync(file, 'utf8');
      const result = await page.evaluate(async ({ xml, margin, logo }) => {
        const container = document.getElementById('canvas');
        container.style.width = '4000px';
        container.style.height = '3000px';
        if (window.viewer) window.viewer.destroy();
        window.viewer = new BpmnJS({ container });
        const { warnings } = await window.viewer.importXML(xml);
        const canvas = window.viewer.get('canvas');
        canvas.zoom(1);
        const inner = canvas.viewbox().inner;
        const width = Math.ceil(inner.width + 2 * margin);
        const height = Math.ceil(inner.height + 2 * margin + logo);
        container.style.width = width + 'px';
        container.style.height = height + 'px';
        canvas.resized();
        canvas.viewbox({ x: inner.x - margin, y: inner.y - margin, width, height });
        const process = window.viewer.getDefinitions().rootElements.find((e) => e.$type === 'bpmn:Process');
        return { warnings: warnings.map((w) => w.message), width, height, processId: process && process.id };
      }, { xml, margin, logo });
      result.warnings.forEach((w) => console.warn(`${file}: ${w}`));
      const name = result.processId || path.basename(file, '.bpmn');
      const out = path.join(outDir, `${name}.png`);
      await page.setViewportSize({ width: result.width, height: result.height });
      await page.locator('#canvas').screenshot({ path: out });
      console.log(`${out} (${result.width}x${result.height})`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
