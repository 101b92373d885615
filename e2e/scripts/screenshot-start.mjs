// Takes docs/screenshot-start.png: the demo start page of the Lindenviertel
// as Anna sees it, 1280x900. Run: npm run screenshot
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { launchBrowser, login, newContext } from '../lib/browser.mjs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshot-start.png');
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await newContext(browser, server, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, 'anna@example.org', undefined, { check: false });
  await page.goto('/n/lindenviertel');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
