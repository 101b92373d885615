// Search: Ben types words into the search box on his neighbourhood's page,
// finds Anna's request among the results and follows the link to it. A
// visitor who is not logged in finds the quarter's public things by the
// same box, never a neighbour's request. axe checks every page on the way.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { expectAccessible, launchBrowser, loggedIn, newContext, press, visit } from '../lib/browser.mjs';
import { assertH1, postHelpEntry } from '../lib/flows.mjs';

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

const SLUG = 'lindenviertel';
const unique = () => Date.now().toString(36);

/** Type `words` into the neighbourhood page's search box and send it. */
async function searchFor(page, words) {
  const box = page.getByRole('search', { name: 'Im Quartier suchen' });
  await box.getByLabel('Suchbegriffe').fill(words);
  await press(page, box.getByRole('button', { name: 'Suchen' }), new RegExp(`/n/${SLUG}/search\\?q=`));
  await expectAccessible(page, `search for ${words}`);
}

test('a resident finds a neighbour\'s request by words and follows it', async () => {
  const tag = unique();
  const title = `Wer repariert mein Fahrradschloss ${tag}?`;
  const anna = await loggedIn(browser, server, 'anna@example.org');
  const path = await postHelpEntry(anna.page, SLUG, { category: 'Sonstiges', title, body: 'Der Schlüssel klemmt in der Kälte.' });

  const ben = await loggedIn(browser, server, 'ben@example.org');
  const b = ben.page;
  await visit(b, `/n/${SLUG}`, { status: 200 });
  // Word starts, any case, umlauts spelled out: all words must match.
  await searchFor(b, `fahrradschl SCHLUESSEL ${tag}`);
  await assertH1(b, 'Suchen');
  const results = b.getByRole('main').locator('ol.search-results > li');
  assert.equal(await results.count(), 1, 'exactly the one request');
  assert.match(await results.first().innerText(), /Hilfe/);
  assert.match(await results.first().innerText(), /Schlüssel klemmt/);
  await press(b, results.first().getByRole('link', { name: title }), new RegExp(`${path}$`));
  await assertH1(b, title);

  // Nothing to search for: the form and a hint.
  await b.goto(`/n/${SLUG}/search?q=a`);
  await expectAccessible(b, 'search, too short');
  assert.equal(await b.locator('ol.search-results').count(), 0);
  assert.match(await b.locator('#search-hint').innerText(), /mindestens ein Wort/);

  // A visitor who is not logged in finds no neighbour's request.
  const context = await newContext(browser, server);
  const v = await context.newPage();
  await visit(v, `/n/${SLUG}`, { status: 200 });
  await searchFor(v, `fahrradschloss ${tag}`);
  assert.equal(await v.locator('ol.search-results > li').count(), 0);
  // The menu leads to the search page too.
  await press(v, v.getByRole('navigation', { name: /^Menü für/ }).getByRole('link', { name: 'Suchen' }), new RegExp(`/n/${SLUG}/search$`));
  await expectAccessible(v, 'search, empty');
  for (const c of [anna.context, ben.context, context]) await c.close();
});
