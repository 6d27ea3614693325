import { launchChromium } from '../src/build/chromium.ts';
import { serveSite } from '../src/build/serve.ts';
const [dist, out, ...paths] = process.argv.slice(2);
const server = await serveSite(dist);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
for (const spec of paths) {
  const [path, name, full] = spec.split('|');
  await page.goto(server.url + path);
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full === 'full' });
  console.log('shot', name);
}
await browser.close();
await server.close();
