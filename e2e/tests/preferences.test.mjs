// Journey 3: Leichte Sprache and English via the footer buttons; text size
// "Sehr groß" and high contrast via /preferences; the choice holds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import {
  expectAccessible, launchBrowser, login, newContext, setDisplay, submitLogin, switchLanguage,
} from '../lib/browser.mjs';
import { assertH1 } from '../lib/flows.mjs';

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

const htmlClass = (page) => page.locator('html').getAttribute('class');
const htmlLang = (page) => page.locator('html').getAttribute('lang');

test('journey 3: Leichte Sprache, very large text and high contrast hold from page to page; English too', async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto('/login');
  await expectAccessible(page, 'login (de)');
  assert.equal(await page.getByLabel('E-Mail-Adresse').count(), 1);

  // Leichte Sprache via the footer.
  await switchLanguage(page, 'de-simple');
  assert.equal(await htmlLang(page), 'de');
  assert.equal(await page.getByLabel('E-Mail·Adresse').count(), 1, 'the login form speaks Leichte Sprache');
  assert.equal(await page.getByRole('button', { name: 'Deutsch', exact: true }).getAttribute('aria-pressed'), 'false');
  await expectAccessible(page, 'login (de-simple)');

  // Very large text and high contrast on /preferences, in Leichte Sprache.
  await setDisplay(page, 'de-simple', { larger: true, high: true });
  assert.match(await page.locator('.notice').innerText(), /Wir haben Ihre Einstellungen gespeichert/);
  assert.equal(await page.getByRole('group', { name: 'Schrift·größe' }).getByLabel('Sehr groß').isChecked(), true);
  assert.equal(await page.getByLabel('Hoher Kontrast (Schwarz auf Weiß)').isChecked(), true);
  await expectAccessible(page, 'preferences saved (de-simple, larger, high)');
  let cls = await htmlClass(page);
  assert.ok(cls.split(' ').includes('text-larger') && cls.split(' ').includes('contrast-high'), `html class is "${cls}"`);

  // The next page keeps all of it.
  await page.getByRole('link', { name: 'Quartier', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/');
  cls = await htmlClass(page);
  assert.ok(cls.includes('text-larger') && cls.includes('contrast-high'), `html class on / is "${cls}"`);
  assert.equal(await page.getByRole('button', { name: 'Leichte Sprache' }).getAttribute('aria-pressed'), 'true');
  // Bigger text really is bigger: 26px root font.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '26px');
  await expectAccessible(page, 'home (de-simple, larger, high)');

  // English via the footer; text size and contrast stay.
  await switchLanguage(page, 'en');
  assert.equal(await htmlLang(page), 'en');
  await assertH1(page, 'Welcome to Quartier');
  cls = await htmlClass(page);
  assert.ok(cls.includes('text-larger') && cls.includes('contrast-high'), `html class is "${cls}"`);
  await page.getByRole('link', { name: 'Log in' }).first().click();
  await page.waitForURL(/\/login/);
  await assertH1(page, 'Log in');
  assert.equal(await page.getByLabel('Email address').count(), 1);
  assert.equal(await htmlLang(page), 'en');
  await expectAccessible(page, 'login (en, larger, high)');

  // And back to normal, in English.
  await setDisplay(page, 'en', { larger: false, high: false });
  await switchLanguage(page, 'de');
  await assertH1(page, 'Anzeige und Sprache');
  cls = await htmlClass(page);
  assert.ok(cls.includes('text-normal') && cls.includes('contrast-normal'), `html class is "${cls}"`);
  await context.close();
});

test('journey 3b: a logged-in person\'s choice follows their account to another browser', async () => {
  const first = await newContext(browser, server);
  const page = await first.newPage();
  await login(page, 'ben@example.org');
  await page.goto('/account');
  await switchLanguage(page, 'en');
  await assertH1(page, 'My account');
  await setDisplay(page, 'en', { larger: true, high: true });
  await first.close();

  const second = await newContext(browser, server);
  const page2 = await second.newPage();
  await page2.goto('/login');
  await submitLogin(page2, 'ben@example.org');
  await page2.goto('/account');
  await assertH1(page2, 'My account');
  const cls = await htmlClass(page2);
  assert.ok(cls.includes('text-larger') && cls.includes('contrast-high'), `html class is "${cls}"`);
  await expectAccessible(page2, 'account (en, larger, high)');
  await second.close();
});
