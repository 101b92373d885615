// Journey 2: the coordinator prints invitation cards; a new neighbour redeems
// one and appears under "Neu im Quartier".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { expectAccessible, launchBrowser, login, newContext, submitLogin, visit } from '../lib/browser.mjs';
import { assertH1, newPerson, signUpAndConfirm } from '../lib/flows.mjs';

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

test('journey 2: coordinator creates invitation cards, a new neighbour joins with a code', async () => {
  // The coordinator creates two cards.
  const coord = await newContext(browser, server);
  const cpage = await coord.newPage();
  await login(cpage, 'koordination@example.org');
  await visit(cpage, '/n/lindenviertel', { status: 200 });
  await Promise.all([
    cpage.waitForURL(/\/n\/lindenviertel\/manage$/),
    cpage.getByRole('link', { name: 'Quartier verwalten' }).click(),
  ]);
  await assertH1(cpage, 'Quartier verwalten');
  await expectAccessible(cpage, 'manage');
  await Promise.all([
    cpage.waitForURL(/\/n\/lindenviertel\/manage\/codes$/),
    cpage.getByRole('main').getByRole('link', { name: 'Einladungskarten' }).click(),
  ]);
  await assertH1(cpage, 'Einladungskarten');
  await expectAccessible(cpage, 'manage: invitation cards');

  const cards = cpage.getByRole('region', { name: 'Einladungskarten' });
  await cards.getByLabel('Anzahl der Karten').fill('2');
  await Promise.all([
    cpage.waitForURL(/\/n\/lindenviertel\/manage\/codes\/[0-9a-f-]+$/),
    cards.getByRole('button', { name: 'Karten erstellen' }).click(),
  ]);
  await assertH1(cpage, 'Einladungskarten drucken');
  await expectAccessible(cpage, 'postcards');
  const codes = (await cpage.locator('.postcard-code').allInnerTexts()).map((c) => c.trim());
  assert.equal(codes.length, 2, 'two cards were printed');
  for (const c of codes) assert.match(c, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/, `code ${c} looks like ACDE-FGHJ`);
  assert.notEqual(codes[0], codes[1]);
  const postcardUrl = (await cpage.locator('.postcard-url').first().innerText()).trim();
  assert.equal(postcardUrl, `${server.url}/n/lindenviertel`);
  const batchUrl = cpage.url();

  // Back on the cards' page the batch is listed with 0 of 2 used.
  await cpage.getByRole('link', { name: 'Einladungskarten' }).click();
  await cpage.waitForURL(/\/manage\/codes$/);
  assert.ok(await cpage.getByRole('cell', { name: '0 / 2' }).count() >= 1, 'the new batch is listed');

  // A new person signs up, confirms, logs in and redeems a code.
  const neighbour = await newContext(browser, server);
  const npage = await neighbour.newPage();
  const person = newPerson('karte');
  await signUpAndConfirm(npage, server, person);
  await submitLogin(npage, person.email, person.password);
  await visit(npage, '/n/lindenviertel', { status: 200 });
  assert.equal(await npage.getByRole('region', { name: 'Neu im Quartier' }).count(), 0, 'outsiders do not see what is new');

  // A wrong code is refused with an error at the field.
  const join = npage.getByRole('region', { name: 'Mitmachen' });
  await join.getByLabel('Code von der Einladungskarte').fill('AAAA-AAAA');
  await join.getByRole('button', { name: 'Code einlösen' }).click();
  await npage.waitForLoadState();
  assert.equal(await npage.getByLabel('Code von der Einladungskarte').getAttribute('aria-invalid'), 'true');
  await expectAccessible(npage, 'wrong code');

  // The real code, typed in lower case with spaces, works.
  await npage.getByLabel('Code von der Einladungskarte').fill(` ${codes[0].toLowerCase()} `);
  await npage.getByRole('region', { name: 'Mitmachen' }).getByRole('button', { name: 'Code einlösen' }).click();
  await npage.waitForURL(/\/n\/lindenviertel\?notice=notice-joined$/);
  await assertH1(npage, 'Lindenviertel');
  assert.match(await npage.locator('.notice').innerText(), /Willkommen/);
  const news = npage.getByRole('region', { name: 'Neu im Quartier' });
  assert.equal(await news.count(), 1);
  assert.equal(await news.getByRole('link', { name: person.name }).count(), 1, `${person.name} is listed as new`);
  await expectAccessible(npage, 'neighbourhood after joining');

  // The printed card now shows the code as used, and the log says so.
  await cpage.goto(batchUrl);
  assert.equal(await cpage.locator('.postcard-code del').count(), 1);
  await expectAccessible(cpage, 'postcards with a used code');
  await visit(cpage, '/n/lindenviertel/manage/log');
  const log = cpage.getByRole('region', { name: 'Protokoll' });
  assert.match(await log.innerText(), new RegExp(`${person.name} ist mit einer Einladungskarte beigetreten`));

  await neighbour.close();
  await coord.close();
});
