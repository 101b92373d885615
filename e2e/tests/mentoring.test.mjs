// Journey: digital mentors. Fatma offers herself as a mentor (first
// without a topic, told next to the field), Marie asks for help with video
// calls, the coordination pairs them, and Fatma logs their first session
// (first without saying what it was about). Everyone hears of their part.
// axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { checkPage as check, launchBrowser, loggedIn, press } from '../lib/browser.mjs';

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

const as = (email) => loggedIn(browser, server, email, { check: false });
const main = (page) => page.getByRole('main');

test('journey: offer, ask, pair, log a session', async () => {
  // Fatma offers her help, from the neighbourhood's page.
  const fatma = await as('fatma.demir@example.org');
  const f = fatma.page;
  await f.goto(`/n/${SLUG}`);
  await press(f, main(f).getByRole('link', { name: 'Zu den Digitallots:innen' }), new RegExp(`/n/${SLUG}/mentoring$`));
  await check(f, 'mentoring overview');
  assert.match(await main(f).locator('.mentors').innerText(), /Anna Schneider/);
  await press(f, main(f).getByRole('link', { name: 'Als Digitallots:in helfen' }), /\/mentoring\/offer$/);
  await check(f, 'mentoring offer form');
  await main(f).getByLabel('Über mich und wann ich Zeit habe').fill('Montags vormittags, gern mit Geduld.');
  await press(f, main(f).getByRole('button', { name: 'Angebot speichern' }), /\/mentoring\/offer$/);
  assert.match(await main(f).locator('#e-topics').innerText(), /mindestens ein Thema/);
  assert.equal(await main(f).getByLabel('Über mich und wann ich Zeit habe').inputValue(), 'Montags vormittags, gern mit Geduld.');
  await check(f, 'mentoring offer form with errors');
  await main(f).getByLabel('Smartphone und Tablet').check();
  await main(f).getByLabel('Videotreffen').check();
  await press(f, main(f).getByRole('button', { name: 'Angebot speichern' }), /notice=notice-mentoring-offered$/);
  assert.match(await main(f).locator('.mentors').innerText(), /Fatma Demir/);

  // Marie asks for help with video calls.
  const marie = await as('marie.schulz@example.org');
  const m = marie.page;
  await m.goto(`/n/${SLUG}/mentoring`);
  await press(m, main(m).getByRole('link', { name: 'Um Hilfe bitten' }), /\/mentoring\/ask$/);
  await check(m, 'mentoring ask form');
  await press(m, main(m).getByRole('button', { name: 'Bitte abschicken' }), /\/mentoring\/ask$/);
  assert.equal(await main(m).getByLabel('Wobei brauchen Sie Hilfe?').getAttribute('aria-invalid'), 'true');
  await check(m, 'mentoring ask form with errors');
  await main(m).getByLabel('Wobei brauchen Sie Hilfe?').selectOption('video_calls');
  await main(m).getByLabel('Was sollen wir noch wissen?').fill('Ich möchte mit meiner Tochter in Kanada sprechen.');
  await press(m, main(m).getByRole('button', { name: 'Bitte abschicken' }), /notice=notice-mentoring-asked$/);
  assert.match(await main(m).locator('.status').innerText(), /wartet auf Hilfe/);
  await check(m, 'mentoring request, waiting');

  // The coordination hears of it and pairs Marie with Fatma.
  const coord = await as('koordination@example.org');
  const c = coord.page;
  await c.goto('/notifications');
  assert.match(await main(c).innerText(), /bittet um eine Digitallotsin/);
  await c.goto(`/n/${SLUG}/mentoring`);
  await press(c, main(c).getByRole('link', { name: /Anfragen warten/ }), /\/mentoring\/requests$/);
  await check(c, 'mentoring requests');
  await press(c, main(c).locator('.requests li', { hasText: 'Marie Schulz' }).getByRole('link'), /\/mentoring\/[0-9a-f-]{36}$/);
  await check(c, 'mentoring request, to pair');
  await press(c, main(c).getByRole('button', { name: 'Zuordnen' }), /\/pair$/);
  assert.equal(await main(c).getByLabel('Digitallots:in').getAttribute('aria-invalid'), 'true');
  await check(c, 'mentoring pairing with errors');
  // Those who offer the topic come first.
  const first = await main(c).locator('#f-mentor option').nth(1).innerText();
  assert.match(first, /^(Anna Schneider|Fatma Demir)/);
  await main(c).getByLabel('Digitallots:in').selectOption({ label: 'Fatma Demir (Smartphone und Tablet, Videotreffen)' });
  await press(c, main(c).getByRole('button', { name: 'Zuordnen' }), /notice=notice-mentoring-paired$/);
  assert.match(await main(c).locator('.mentor').innerText(), /Fatma Demir/);
  await c.goto(`/n/${SLUG}/mentoring/requests?status=paired`);
  await check(c, 'mentoring requests, ongoing');

  // Fatma finds the pairing among her own and logs the first session.
  await f.goto('/notifications');
  assert.match(await main(f).innerText(), /Begleitung durch Digitallots:innen beginnt/);
  await f.goto(`/n/${SLUG}/mentoring`);
  await press(f, main(f).locator('#mine-h + ul').getByRole('link', { name: 'Videotreffen' }), /\/mentoring\/[0-9a-f-]{36}$/);
  await check(f, 'mentoring pairing, as the mentor');
  await press(f, main(f).getByRole('button', { name: 'Treffen eintragen' }), /\/sessions$/);
  assert.equal(await main(f).getByLabel('Worum ging es?').getAttribute('aria-invalid'), 'true');
  await check(f, 'mentoring session with errors');
  await main(f).getByLabel('Worum ging es?').fill('Videoanruf auf dem Tablet eingerichtet');
  await main(f).getByLabel('Wie geht es weiter?').fill('Nächste Woche üben wir mit der Tochter.');
  await press(f, main(f).getByRole('button', { name: 'Treffen eintragen' }), /notice=notice-mentoring-session$/);
  assert.match(await main(f).locator('.sessions').innerText(), /Videoanruf auf dem Tablet eingerichtet/);
  await check(f, 'mentoring pairing with a session');

  // Marie sees the session on her pairing.
  await m.reload();
  assert.match(await main(m).locator('.sessions').innerText(), /Nächste Woche üben wir/);

  for (const x of [fatma, marie, coord]) await x.context.close();
});
