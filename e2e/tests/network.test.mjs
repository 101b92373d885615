// Journey: the network's business model. The coordinator adds a partner
// (the Bürgerverein, an organisation on the platform), a measure and a
// funding source that the measure depends on, and sees on the runway when
// the measure loses its money. The Bürgerverein's administrator fills in
// its gains and pains (the coordinator cannot), and the balance view shows
// them. axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { checkPage as check, launchBrowser, loggedIn, press } from '../lib/browser.mjs';
import { assertH1 } from '../lib/flows.mjs';

const SLUG = 'lindenviertel';
const BASE = `/n/${SLUG}/network`;

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

const as = (email) => loggedIn(browser, server, email, { check: false });
const main = (page) => page.getByRole('main');

test('journey: partners, a measure, funding, the runway, gains and pains, the balance', async () => {
  const k = await as('koordination@example.org');
  const c = k.page;
  await c.goto(`/n/${SLUG}/manage`);
  await press(c, main(c).getByRole('link', { name: 'Netzwerk' }), new RegExp(`${BASE}$`));
  await assertH1(c, 'Netzwerk');
  await check(c, 'network overview');

  // A partner: the Bürgerverein, on the platform. Without a kind the form
  // says so next to the field.
  await press(c, main(c).getByRole('link', { name: 'Partner', exact: true }), new RegExp(`${BASE}/partners$`));
  await check(c, 'partners');
  await press(c, main(c).getByRole('link', { name: 'Partner hinzufügen' }), new RegExp(`${BASE}/partners/new$`));
  await check(c, 'partner form');
  await main(c).getByLabel('Name').fill('X');
  await press(c, main(c).getByRole('button', { name: 'Partner hinzufügen' }), new RegExp(`${BASE}/partners$`));
  assert.equal(await main(c).getByLabel('Name').getAttribute('aria-invalid'), 'true');
  await check(c, 'partner form with errors');
  await main(c).getByLabel('Organisation auf der Plattform').selectOption({ label: 'Bürgerverein Lindenviertel e. V.' });
  await main(c).getByLabel('Name').fill('');
  await main(c).getByLabel('Art').selectOption({ label: 'Verein oder Initiative' });
  await main(c).getByLabel('Ansprechperson').fill('Helga Brandt');
  await main(c).getByLabel('Rolle im Netzwerk').fill('Stellt den Saal und organisiert das Café.');
  await press(c, main(c).getByRole('button', { name: 'Partner hinzufügen' }), /notice=notice-partner-added/);
  assert.match(await main(c).locator('tbody').innerText(), /Bürgerverein Lindenviertel[\s\S]*Helga Brandt/);

  // A measure, carried by the neighbourly help.
  await c.goto(`${BASE}/measures/new`);
  await check(c, 'measure form');
  await main(c).getByLabel('Name').fill('Nachbarschaftscafé');
  await main(c).getByLabel('Getragen von').selectOption({ label: 'Nachbarschaftshilfe' });
  await main(c).getByLabel('Kosten im Jahr').fill('-5');
  await press(c, main(c).getByRole('button', { name: 'Maßnahme anlegen' }), new RegExp(`${BASE}/measures$`));
  assert.equal(await main(c).getByLabel('Kosten im Jahr').getAttribute('aria-invalid'), 'true');
  await check(c, 'measure form with errors');
  await main(c).getByLabel('Kosten im Jahr').fill('12.000');
  await press(c, main(c).getByRole('button', { name: 'Maßnahme anlegen' }), /notice=notice-measure-added/);
  assert.match(await main(c).locator('tbody').innerText(), /Nachbarschaftscafé[\s\S]*12\.000,00 EUR/);
  await check(c, 'measures');

  // Funding that ends before it starts is refused; then a year's funding.
  await c.goto(`${BASE}/funding/new`);
  await check(c, 'funding form');
  await main(c).getByLabel('Name').fill('Quartiersfonds der Stadt');
  await main(c).getByLabel('Betrag').fill('12.000');
  await main(c).getByLabel('Beginn').fill('2027-01-01');
  await main(c).getByLabel('Ende').fill('2026-12-31');
  await main(c).getByLabel('Nachbarschaftscafé').check();
  await press(c, main(c).getByRole('button', { name: 'Förderung anlegen' }), new RegExp(`${BASE}/funding$`));
  assert.equal(await main(c).getByLabel('Ende').getAttribute('aria-invalid'), 'true');
  assert.ok(await main(c).getByLabel('Nachbarschaftscafé').isChecked());
  await check(c, 'funding form with errors');
  await main(c).getByLabel('Beginn').fill('2026-01-01');
  await main(c).getByLabel('Ende').fill('2027-06-30');
  await press(c, main(c).getByRole('button', { name: 'Förderung anlegen' }), /notice=notice-funding-added/);
  assert.match(await main(c).locator('tbody').innerText(), /Quartiersfonds der Stadt[\s\S]*Nachbarschaftscafé/);
  await check(c, 'funding');

  // The runway: the café has money until the end of June 2027.
  await press(c, main(c).getByRole('link', { name: 'Reichweite des Geldes' }), new RegExp(`${BASE}/runway$`));
  await assertH1(c, 'Reichweite des Geldes');
  assert.match(await main(c).locator('#runway-text').innerText(), /Nachbarschaftscafé: Geld bis 30\.06\.2027/);
  assert.equal(await main(c).locator('svg[role=img]').count(), 1);
  assert.match(await main(c).locator('#runway-months').innerText(), /Juli 2027\s+\d+\s+[^\n]*Nachbarschaftscafé/);
  await check(c, 'runway');

  // The coordinator cannot write the Bürgerverein's gains and pains.
  await c.goto(`${BASE}/partners`);
  await press(c, main(c).getByRole('link', { name: 'Bürgerverein Lindenviertel e. V.', exact: true }), /\/partners\/[0-9a-f-]{36}$/);
  const partnerPath = new URL(c.url()).pathname;
  assert.equal(await main(c).getByRole('button', { name: 'Geben und Nehmen speichern' }).count(), 0);
  await check(c, 'partner, as coordinator');

  // Helga, who chairs the Bürgerverein, fills them in.
  const h = await as('verein@example.org');
  const v = h.page;
  await v.goto(BASE);
  await check(v, 'network overview, as partner');
  await press(v, main(v).getByRole('link', { name: /Bürgerverein Lindenviertel/ }), new RegExp(`${partnerPath}$`));
  await main(v).getByLabel('Stunden im Monat').fill('viele');
  await press(v, main(v).getByRole('button', { name: 'Geben und Nehmen speichern' }), new RegExp(`${partnerPath}/gains$`));
  assert.equal(await main(v).getByLabel('Stunden im Monat').getAttribute('aria-invalid'), 'true');
  await check(v, 'gains and pains with errors');
  await main(v).getByLabel('Stunden im Monat').fill('40');
  await main(v).getByLabel('Räume').fill('Saal dienstags ab 18 Uhr');
  await main(v).getByLabel('Was wir erwarten').fill('Mehr junge Mitglieder.');
  await main(v).getByLabel('Nichts').check();
  await press(v, main(v).getByRole('button', { name: 'Geben und Nehmen speichern' }), /notice=notice-saved/);
  assert.match(await main(v).innerText(), /40 Stunden im Monat/);
  assert.match(await main(v).locator('#gains-updated').innerText(), /Helga Brandt/);
  await check(v, 'partner, gains and pains saved');

  // The balance: the Bürgerverein gives much and gets little.
  await v.goto(`${BASE}/balance`);
  await assertH1(v, 'Geben und Nehmen im Vergleich');
  assert.match(await main(v).locator('#balance-summary').innerText(), /Bürgerverein Lindenviertel/);
  assert.match(await main(v).locator('#balance-table').innerText(), /Gibt viel, bekommt wenig/);
  await check(v, 'balance');
  await h.context.close();
  await k.context.close();
});
