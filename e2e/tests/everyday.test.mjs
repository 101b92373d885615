// Journeys 15–17, everyday use: a newcomer's request reaches the
// coordination and the answer reaches the newcomer, who then lands in their
// quarter after login; a destructive step asks first; a phone keeps the
// page's heading on the first screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import {
  checkPage, expectAccessible, expectNoHorizontalScroll, launchBrowser, loggedIn, login, newContext, press, setDisplay,
  switchLanguage,
} from '../lib/browser.mjs';
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

/** The unread count the bell in the header shows (0 when none). */
async function unread(page) {
  const count = page.getByRole('navigation', { name: 'Hauptmenü' }).locator('.bell .count');
  if ((await count.count()) === 0) return 0;
  return Number.parseInt((await count.innerText()).trim(), 10);
}

test('journey 15: a join request reaches the coordination, the answer reaches the newcomer', async () => {
  // A newcomer asks to join the Lindenviertel.
  const nctx = await newContext(browser, server);
  const npage = await nctx.newPage();
  const person = newPerson('beitritt');
  await signUpAndConfirm(npage, server, person);
  await npage.getByLabel('E-Mail-Adresse').fill(person.email);
  await npage.getByLabel('Passwort', { exact: true }).fill(person.password);
  await press(npage, npage.getByRole('main').getByRole('button', { name: 'Anmelden' }), (u) => !u.pathname.startsWith('/login'));
  await npage.goto('/n/lindenviertel');
  await press(npage, npage.getByRole('button', { name: 'Beitritt anfragen' }), /\/n\/lindenviertel/);
  assert.match(await npage.getByRole('main').innerText(), /Ihre Anfrage wartet auf Bestätigung/);
  await expectAccessible(npage, 'join requested');

  // The coordinator sees it at the bell and follows the notification.
  const { page: cpage } = await loggedIn(browser, server, 'koordination@example.org');
  await cpage.goto('/n/lindenviertel');
  assert.ok((await unread(cpage)) >= 1, 'the bell counts the waiting request');
  await press(cpage, cpage.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: /^Benachrichtigungen/ }), /\/notifications$/);
  await checkPage(cpage, 'coordinator notifications');
  const notice = cpage.getByRole('main').getByRole('link', { name: `Jemand möchte beitreten: ${person.name}` });
  await press(cpage, notice, /\/n\/lindenviertel\/manage/);
  await expectAccessible(cpage, 'manage, from the notification');
  await press(
    cpage,
    cpage.getByRole('button', { name: new RegExp(`^Bestätigen\\s*: ${person.name}$`) }),
    /\/n\/lindenviertel\/manage/,
  );

  // The newcomer hears the outcome, and the next login leads home.
  await npage.goto('/notifications');
  assert.match(await npage.getByRole('main').innerText(), /Ihre Anfrage wurde bestätigt/);
  await expectAccessible(npage, 'newcomer notifications');
  await press(npage, npage.getByRole('button', { name: 'Abmelden' }), (u) => !u.pathname.startsWith('/notifications'));
  await login(npage, person.email, person.password, { check: false });
  assert.equal(new URL(npage.url()).pathname, '/n/lindenviertel', 'one neighbourhood: login lands in it');
  const menu = npage.getByRole('navigation', { name: /Lindenviertel/ });
  assert.equal(await menu.locator('a[aria-current="page"]').count(), 1, 'the menu marks where one is');
  await press(npage, menu.getByRole('link', { name: 'Kalender' }), /\/n\/lindenviertel\/calendar$/);
  assert.equal(await menu.getByRole('link', { name: 'Kalender' }).getAttribute('aria-current'), 'page');
  await expectAccessible(npage, 'calendar from the menu');
  await nctx.close();
});

test('journey 16: withdrawing an entry asks first, on a page of its own', async () => {
  const { context, page } = await loggedIn(browser, server, 'anna@example.org');
  await page.goto('/n/lindenviertel/help/mine');
  await press(page, page.getByRole('main').getByRole('link', { name: 'Hecke schneiden im Hinterhof' }), /\/help\/[0-9a-f-]+$/);
  const entry = page.url();
  await press(page, page.getByRole('button', { name: 'Eintrag zurückziehen' }), /\/withdraw$/);
  await assertH1(page, '„Hecke schneiden im Hinterhof“ wirklich zurückziehen?');
  await checkPage(page, 'confirm withdraw');
  // "No" goes back and nothing happened.
  await press(page, page.getByRole('link', { name: 'Nein, zurück' }), (u) => u.href === entry);
  assert.equal(await page.getByRole('button', { name: 'Eintrag zurückziehen' }).count(), 1);
  // "Yes" withdraws.
  await press(page, page.getByRole('button', { name: 'Eintrag zurückziehen' }), /\/withdraw$/);
  await press(page, page.getByRole('button', { name: 'Ja, Eintrag zurückziehen' }), /notice=notice-withdrawn/);
  assert.match(await page.locator('.notice').innerText(), /zurückgezogen/);
  await context.close();
});

test('journey 17: on a phone the header leaves the heading on the first screen, also with large text', async () => {
  const { context, page } = await loggedIn(browser, server, 'koordination@example.org');
  await page.setViewportSize({ width: 320, height: 640 });
  for (const larger of [false, true]) {
    if (larger) {
      await setDisplay(page, 'de', { larger: true });
      await page.setViewportSize({ width: 320, height: 640 });
    }
    await page.goto('/n/lindenviertel');
    const top = await page.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top < 640, `the heading starts at ${top}px, below the first screen (larger text: ${larger})`);
    await expectNoHorizontalScroll(page, `phone start page (larger: ${larger})`);
    // Every section of the quarter is one tap away, with its label.
    const menu = page.getByRole('navigation', { name: /Lindenviertel/ });
    for (const name of ['Start', 'Hilfe', 'Kalender', 'Gruppen', 'Vereine', 'Verwaltung']) {
      assert.equal(await menu.getByRole('link', { name, exact: true }).isVisible(), true, `${name} in the phone menu`);
    }
    await expectAccessible(page, `phone start page (larger: ${larger})`);
  }
  await context.close();
});

test('journey 18: in Leichte Sprache the calendar says dates as people say them, notes what is not easy yet, and explains its words', async () => {
  const { context, page } = await loggedIn(browser, server, 'anna@example.org');
  await page.goto('/n/lindenviertel/calendar');
  await switchLanguage(page, 'de-simple');
  const card = page.getByRole('main').getByRole('article', { name: 'Smartphone-Treff' }).first();
  // The demo clock stands on Wednesday, 9 December 2026; the meeting is the next day.
  assert.match(await card.innerText(), /Am Donnerstag, 10\. Dezember\. Von 15 Uhr bis halb 5\./);
  assert.match(await card.innerText(), /Noch nicht in Leichter Sprache/);
  // The calendar file is explained where it is offered, without JavaScript.
  const what = page.getByRole('main').locator('details.glossary').filter({ hasText: 'Kalender·datei' });
  await what.locator('summary').click();
  assert.match(await what.innerText(), /endet mit \.ics/);
  await checkPage(page, 'calendar in Leichte Sprache, explanation open');
  await switchLanguage(page, 'de');
  await context.close();
});
