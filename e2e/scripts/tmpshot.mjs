import { startServer } from '../lib/server.mjs';
import { launchBrowser, login, newContext, switchLanguage } from '../lib/browser.mjs';
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await newContext(browser, server, { viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  await login(page, process.env.WHO || 'anna@example.org', undefined, { check: false });
  await page.goto('/n/lindenviertel');
  if (process.env.LOC) await switchLanguage(page, process.env.LOC);
  let i = 0;
  for (const p of (process.env.PAGES || '/n/lindenviertel').split(',')) {
    await page.goto(p);
    await page.screenshot({ path: `/tmp/shots/s${i++}.png`, fullPage: !!process.env.FULL });
  }
} finally { await browser.close(); await server.stop(); }
