// Journey: power stays local. The city's association of citizens' clubs
// (run by the coordination) ends its link with the Bürgerverein; the
// Bürgerverein's administrator asks again from her side, naming the
// association by its address; the association agrees; anyone reads its
// list of branches, and the association's administrator cannot edit the
// branch. axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { checkPage as check, launchBrowser, loggedIn, newContext, press } from '../lib/browser.mjs';

const CLUB = 'buergerverein-lindenviertel';
const UMBRELLA = 'stadtverband-buergervereine';

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

test('journey: an umbrella and its branch link only when both agree', async () => {
  const coord = (await as('koordination@example.org')).page;
  const helga = (await as('verein@example.org')).page;

  // The association's page names its branch; its links page ends the link.
  await coord.goto(`/o/${UMBRELLA}`);
  await press(coord, main(coord).getByRole('link', { name: 'Alle Ortsgruppen' }), new RegExp(`/o/${UMBRELLA}/branches$`));
  await check(coord, 'branches, as the umbrella');
  assert.equal(await main(coord).locator('table.branches tbody tr').count(), 1);
  await press(coord, main(coord).getByRole('link', { name: 'Dachverband und Ortsgruppen' }), new RegExp(`/o/${UMBRELLA}/site/links$`));
  await check(coord, 'links, as the umbrella');
  await press(coord, main(coord).getByRole('button', { name: /Verbindung beenden/ }), /notice=notice-link-ended$/);
  await check(coord, 'links, ended');

  // The club's administrator heard it, and asks again from her side.
  await helga.goto('/notifications');
  assert.match(await main(helga).innerText(), /Verbindung von Ihrem Verein ist zu Ende|Verbindung Ihrer Organisation wurde abgelehnt oder beendet/);
  await helga.goto(`/o/${CLUB}/site`);
  await press(helga, main(helga).getByRole('link', { name: 'Dachverband und Ortsgruppen' }), new RegExp(`/o/${CLUB}/site/links$`));
  await main(helga).getByLabel('Adresse oder Kurzname der anderen Organisation').fill('nicht-da');
  await main(helga).getByLabel('… unser Dachverband oder Träger').check();
  await press(helga, main(helga).getByRole('button', { name: 'Anfrage senden' }), new RegExp(`/o/${CLUB}/site/links$`));
  assert.match(await main(helga).locator('#e-other').innerText(), /gibt es hier nicht/);
  await check(helga, 'links, unknown organisation');
  await main(helga).getByLabel('Adresse oder Kurzname der anderen Organisation').fill(`${server.url}/o/${UMBRELLA}`);
  await press(helga, main(helga).getByRole('button', { name: 'Anfrage senden' }), /notice=notice-link-asked$/);
  await check(helga, 'links, asked');

  // The association agrees.
  await coord.goto('/notifications');
  await press(coord, main(coord).getByRole('link', { name: /möchte sich mit Ihrer verbinden/ }).first(), new RegExp(`/o/${UMBRELLA}/site/links`));
  await check(coord, 'links, a question waits');
  await press(coord, main(coord).getByRole('button', { name: /Zustimmen/ }), /notice=notice-link-confirmed$/);

  // Anyone reads the list; the club's page says where it belongs.
  const anon = await (await newContext(browser, server)).newPage();
  await anon.goto(`/o/${UMBRELLA}/branches`);
  await check(anon, 'branches, anonymous');
  assert.deepEqual(await main(anon).locator('table.branches tbody th').allInnerTexts(), ['Bürgerverein Lindenviertel e. V.']);
  await anon.goto(`/o/${CLUB}`);
  assert.equal(await main(anon).locator(`a[href="/o/${UMBRELLA}"]`).count(), 1);

  // The association cannot edit its branch.
  const r = await coord.goto(`/o/${CLUB}/site`);
  assert.equal(r.status(), 403);
});
