// Journey 20: the impact report. Petra, the Lindenviertel's coordinator,
// opens the report of last quarter from the quarter's page, chooses her
// own period, enters the people the printed notice board reached (first
// wrongly, then rightly), downloads the CSV and publishes the report after
// being asked; an anonymous visitor finds it on the quarter's page with
// its summary. axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { checkPage as check, launchBrowser, loggedIn, newContext, press } from '../lib/browser.mjs';
import { assertH1 } from '../lib/flows.mjs';

const SLUG = 'lindenviertel';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const main = (page) => page.getByRole('main');

test('journey 20: a coordinator reports the quarter\'s impact and publishes it for everyone', async () => {
  const { page: p } = await loggedIn(browser, server, 'koordination@example.org', { check: false });
  await p.goto(`/n/${SLUG}`);
  await press(p, main(p).getByRole('link', { name: 'Wirkungsbericht' }).first(), new RegExp(`/n/${SLUG}/impact$`));
  await assertH1(p, 'Wirkungsbericht');
  await check(p, 'impact report, last month');

  // Last quarter with one click; every section has a chart and a table.
  await press(p, main(p).getByRole('link', { name: 'Letztes Quartal' }), /preset=last_quarter/);
  assert.match(await main(p).locator('h2.impact-period').innerText(), /01\.07\.2026 bis 30\.09\.2026/);
  assert.equal(await main(p).locator('svg.impact-chart[role=img]').count(), 5);
  assert.equal(await main(p).locator('table.impact-table').count(), 5);

  // Her own period: the end before the start is told by the field.
  await main(p).getByLabel('Von (Tag)').fill('2026-11-30');
  await main(p).getByLabel('Bis (Tag)').fill('2026-11-01');
  await press(p, main(p).getByRole('button', { name: 'Bericht zeigen' }), /from=2026-11-30/);
  assert.equal(await main(p).getByLabel('Bis (Tag)').getAttribute('aria-invalid'), 'true');
  assert.match(await main(p).locator('#e-to').innerText(), /Das Ende liegt vor dem Anfang/);
  await check(p, 'impact report, end before start');
  await main(p).getByLabel('Von (Tag)').fill('2026-11-01');
  await main(p).getByLabel('Bis (Tag)').fill('2026-11-30');
  await press(p, main(p).getByRole('button', { name: 'Bericht zeigen' }), /from=2026-11-01&to=2026-11-30/);
  assert.match(await main(p).locator('h2.impact-period').innerText(), /01\.11\.2026 bis 30\.11\.2026/);

  // The notice board's count: a negative number is refused next to the field, a
  // number is kept and shown in the report.
  await main(p).getByLabel('Erreichte Menschen', { exact: true }).fill('-5');
  await press(p, main(p).getByRole('button', { name: 'Zahl speichern' }), /impact\/notice-board$/);
  assert.equal(await main(p).getByLabel('Erreichte Menschen', { exact: true }).getAttribute('aria-invalid'), 'true');
  await check(p, 'impact report, count with errors');
  await main(p).getByLabel('Erreichte Menschen', { exact: true }).fill('40');
  await press(p, main(p).getByRole('button', { name: 'Zahl speichern' }), /notice=notice-impact-counted/);
  assert.match(await main(p).getByRole('status').innerText(), /Die Zahl ist gespeichert/);
  const reach = main(p).getByRole('row', { name: /Über den Aushang erreichte Menschen/ });
  assert.match(await reach.innerText(), /\b40\b/);

  // The CSV says the same.
  const href = await main(p).getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href');
  const csv = await p.request.get(href);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /^text\/csv/);
  assert.match(await csv.text(), /^notice_board_reach,.*,2026-11-01,2026-11-30,40,/m);

  // Publishing asks first, then the report is there for everyone.
  await press(p, main(p).getByRole('button', { name: 'Veröffentlichen …' }), /impact\/publish/);
  await check(p, 'impact report, publish asks first');
  await press(p, main(p).getByRole('button', { name: 'Ja, veröffentlichen' }), /\/impact\/reports\/[0-9a-f-]{36}\?notice=notice-impact-published$/);
  assert.match(await main(p).getByRole('status').innerText(), /Der Bericht ist veröffentlicht/);
  await check(p, 'published impact report, as coordinator');

  // Anyone finds it on the quarter's page, with a short summary.
  const ctx = await newContext(browser, server);
  const a = await ctx.newPage();
  await a.goto(`/n/${SLUG}`);
  await press(a, main(a).getByRole('link', { name: /Wirkungsbericht: 01\.11\.2026 bis 30\.11\.2026/ }), /\/impact\/reports\//);
  await check(a, 'published impact report, anonymous');
  const summary = main(a).getByRole('region', { name: 'Das Wichtigste in Kürze' });
  assert.match(await summary.innerText(), /40 Menschen hat der Aushang erreicht\./);
  assert.match(await main(a).innerText(), /weniger als 5|\d/);
  // The report before publishing stays with the coordinators.
  const r = await a.goto(`/n/${SLUG}/impact`);
  assert.match(new URL(a.url()).pathname + new URL(a.url()).search, /^\/login\?next=/, String(r?.status()));
  await ctx.close();
});
