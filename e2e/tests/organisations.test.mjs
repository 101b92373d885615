// Journey 10: an organisation. Anna proposes one, the coordination confirms
// it, Anna (its first admin) publishes news, and a visitor who is not logged
// in reads the page, the news and the Atom feed. Axe on every page reached.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import {
  checkPage as check, launchBrowser, login, newContext,
} from '../lib/browser.mjs';
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


test('journey 10: propose → confirm → news → public page and feed', async () => {
  const id = Date.now().toString(36);
  const org = {
    name: `Nachbarschaftschor Linde ${id}`,
    slug: `chor-linde-${id}`,
    news: `Erste Chorprobe am Mittwoch ${id}`,
  };

  // Anna proposes the organisation.
  const actx = await newContext(browser, server);
  const a = await actx.newPage();
  await login(a, 'anna@example.org');
  await a.goto(`/n/${SLUG}/organisations`);
  await assertH1(a, 'Vereine und Organisationen');
  await check(a, 'organisations, as anna');
  await Promise.all([
    a.waitForURL(/\/organisations\/new$/),
    a.getByRole('main').getByRole('link', { name: 'Organisation vorschlagen' }).click(),
  ]);
  await assertH1(a, 'Organisation vorschlagen');
  await check(a, 'propose form');
  const main = a.getByRole('main');
  await main.getByLabel('Name', { exact: true }).fill(org.name);
  await main.getByLabel('Adresse der Seite (/o/…)').fill(org.slug);
  await main.getByLabel('Art der Organisation').selectOption({ label: 'Initiative' });
  await main.getByLabel('Beschreibung', { exact: true }).fill('Wir singen jeden Mittwoch im Gemeindesaal.');
  await main.getByLabel('Stufenloser Zugang').check();
  await Promise.all([
    a.waitForURL(new RegExp(`/o/${org.slug}\\?notice=notice-org-proposed$`)),
    main.getByRole('button', { name: 'Organisation vorschlagen' }).click(),
  ]);
  await assertH1(a, org.name);
  await check(a, 'proposed organisation');

  // The coordination confirms it.
  const cctx = await newContext(browser, server);
  const c = await cctx.newPage();
  await login(c, 'koordination@example.org');
  await c.goto(`/n/${SLUG}/organisations`);
  await check(c, 'organisations with a pending proposal');
  const row = c.getByRole('main').getByRole('listitem').filter({ hasText: org.name });
  await Promise.all([
    c.waitForURL(/\/organisations\?notice=notice-org-confirmed$/),
    row.getByRole('button', { name: /^Bestätigen/ }).click(),
  ]);
  await check(c, 'organisations after confirming');
  assert.equal(await c.getByRole('main').getByRole('listitem').filter({ hasText: org.name })
    .getByRole('button').count(), 0, 'the confirmed organisation has no button any more');
  await cctx.close();

  // Anna publishes news from the organisation's page.
  await a.goto(`/o/${org.slug}`);
  await a.getByRole('main').getByText('Neuigkeit schreiben').click();
  await check(a, 'organisation page, news form open');
  const form = a.locator(`main form[action="/o/${org.slug}/news"]`);
  await form.getByLabel('Kurzer Titel').fill(org.news);
  await form.getByLabel('Text').fill('Alle Stimmen sind willkommen, **Noten** bringen wir mit.');
  await Promise.all([
    a.waitForURL(new RegExp(`/o/${org.slug}/news/[^/?]+\\?notice=notice-posted$`)),
    form.getByRole('button', { name: 'Veröffentlichen' }).click(),
  ]);
  await assertH1(a, org.news);
  await check(a, 'news, just posted');
  const newsPath = new URL(a.url()).pathname;
  await actx.close();

  // Someone who is not logged in.
  const vctx = await newContext(browser, server);
  const v = await vctx.newPage();
  const res = await v.goto(`/o/${org.slug}`);
  assert.equal(res.status(), 200);
  await assertH1(v, org.name);
  await check(v, 'organisation page, anonymous');
  await Promise.all([
    v.waitForURL((u) => u.pathname === newsPath),
    v.getByRole('main').getByRole('link', { name: org.news }).click(),
  ]);
  await assertH1(v, org.news);
  assert.match(await v.getByRole('main').innerText(), /Alle Stimmen sind willkommen/);
  await check(v, 'news, anonymous');

  // The page announces its feed to feed readers.
  await v.goto(`/o/${org.slug}`);
  assert.equal(await v.locator(`head link[rel="alternate"][type="application/atom+xml"]`).getAttribute('href'),
    `/o/${org.slug}/feed.atom`);

  // The visitor finds it in the directory from the instance's start page,
  // by words, kind and a step-free entrance; a hearing loop it lacks.
  await v.goto('/');
  await Promise.all([
    v.waitForURL((u) => u.pathname === '/organisations'),
    v.getByRole('main').getByRole('link', { name: 'Organisationen suchen' }).click(),
  ]);
  await assertH1(v, 'Vereine und Organisationen in allen Quartieren');
  await check(v, 'directory, anonymous');
  const search = v.getByRole('search');
  await search.getByLabel('Suchbegriff (Name oder Angebot)').fill(`linde ${id}`);
  await search.getByLabel('Art der Organisation').selectOption({ label: 'Initiative' });
  await search.getByLabel('Stufenloser Zugang').check();
  await Promise.all([
    v.waitForURL(/\/organisations\?q=/),
    search.getByRole('button', { name: 'Suchen' }).click(),
  ]);
  await check(v, 'directory, searched');
  const found = v.getByRole('main').getByRole('listitem').filter({ hasText: org.name });
  assert.equal(await found.count(), 1, 'the search finds the organisation');
  assert.match(await found.innerText(), /Gemeindesaal/);
  assert.match(await found.innerText(), /Lindenviertel/i);
  assert.equal(await search.getByLabel('Suchbegriff (Name oder Angebot)').inputValue(), `linde ${id}`,
    'the form shows the search back');
  await search.getByLabel('Induktionsschleife für Hörgeräte').check();
  await Promise.all([
    v.waitForURL(/hearing_loop=yes/),
    search.getByRole('button', { name: 'Suchen' }).click(),
  ]);
  assert.equal(await v.getByRole('main').getByRole('link', { name: org.name }).count(), 0);
  assert.match(await v.getByRole('main').innerText(), /Keine Organisation passt zu Ihrer Suche/);
  // The neighbourhood's own directory, from its menu.
  await v.goto(`/n/${SLUG}`);
  await Promise.all([
    v.waitForURL((u) => u.pathname === `/n/${SLUG}/organisations`),
    v.getByRole('navigation', { name: /Lindenviertel/i }).getByRole('link', { name: /Vereine/ }).click(),
  ]);
  await check(v, 'directory of a neighbourhood, anonymous');
  await Promise.all([
    v.waitForURL((u) => u.pathname === `/n/${SLUG}/organisations` && u.search.includes('q=')),
    v.getByRole('search').getByLabel('Suchbegriff (Name oder Angebot)').fill(`Linde ${id}`)
      .then(() => v.getByRole('search').getByRole('button', { name: 'Suchen' }).click()),
  ]);
  await Promise.all([
    v.waitForURL((u) => u.pathname === `/o/${org.slug}`),
    v.getByRole('main').getByRole('link', { name: org.name }).click(),
  ]);

  const feed = await v.request.get(`/o/${org.slug}/feed.atom`);
  assert.equal(feed.status(), 200);
  assert.match(feed.headers()['content-type'], /^application\/atom\+xml/);
  const xml = await feed.text();
  assert.ok(xml.includes(org.news), 'the feed contains the news title');
  assert.ok(xml.includes(org.name), 'the feed names the organisation');
  await vctx.close();
});

test('journey 10b: the club\'s own website: pages it writes, a visitor reads', async () => {
  const ORG = 'buergerverein-lindenviertel';
  const id = Date.now().toString(36);
  const slug = `angebot-${id}`;

  // The club's administrator starts the standard page "what we offer".
  const cctx = await newContext(browser, server);
  const c = await cctx.newPage();
  await login(c, 'verein@example.org');
  await c.goto(`/o/${ORG}`);
  await Promise.all([
    c.waitForURL((u) => u.pathname === `/o/${ORG}/site`),
    c.getByRole('navigation', { name: /Website von/ }).getByRole('link', { name: 'Website bearbeiten' }).click(),
  ]);
  await assertH1(c, 'Website bearbeiten');
  await check(c, 'website, its pages');
  await Promise.all([
    c.waitForURL(/\/site\/pages\/new\?kind=offer$/),
    c.getByRole('main').getByRole('link', { name: 'Seite „Was wir anbieten“ anlegen' }).click(),
  ]);
  const main = c.getByRole('main');
  assert.equal(await main.getByLabel('Kurzer Titel').inputValue(), 'Was wir anbieten');
  // Bad input first: an address with spaces.
  await main.getByLabel('Adresse der Seite').fill('was wir anbieten');
  await main.getByRole('button', { name: 'Seite speichern' }).click();
  await c.waitForLoadState();
  await check(c, 'website, new page with errors');
  assert.match(await main.locator('#e-slug').innerText(), /Kleinbuchstaben/);
  await main.getByLabel('Adresse der Seite').fill(slug);
  await main.getByLabel('Text der Seite').fill('Wir bieten:\n\n- eine **Fahrradwerkstatt**\n- Hilfe mit dem Smartphone');
  await main.getByLabel(/Veröffentlichen/).check();
  await Promise.all([
    c.waitForURL(new RegExp(`/o/${ORG}/p/${slug}\\?notice=notice-saved$`)),
    main.getByRole('button', { name: 'Seite speichern' }).click(),
  ]);
  await assertH1(c, 'Was wir anbieten');
  await check(c, 'website, a page just saved');
  await cctx.close();

  // A visitor finds it in the club's navigation.
  const vctx = await newContext(browser, server);
  const v = await vctx.newPage();
  await v.goto(`/o/${ORG}`);
  const nav = v.getByRole('navigation', { name: /Website von/ });
  assert.equal(await nav.getByRole('link', { name: 'Website bearbeiten' }).count(), 0);
  await Promise.all([
    v.waitForURL((u) => u.pathname === `/o/${ORG}/p/${slug}`),
    nav.getByRole('link', { name: 'Was wir anbieten' }).click(),
  ]);
  await assertH1(v, 'Was wir anbieten');
  assert.match(await v.getByRole('main').innerText(), /Fahrradwerkstatt/);
  assert.equal(await nav.getByRole('link', { name: 'Was wir anbieten' }).getAttribute('aria-current'), 'page');
  await check(v, 'website page, anonymous');
  await vctx.close();
});
