// Journeys 1, 4 and 5: sign up, confirm by mail, log in; form errors; and
// the same without JavaScript.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { expectAccessible, launchBrowser, newContext, submitLogin } from '../lib/browser.mjs';
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

async function loginAndSeeAccount(page, person, { a11y = true } = {}) {
  await submitLogin(page, person.email, person.password);
  if (a11y) await expectAccessible(page, 'after login');
  const accountLink = page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: /^Mein Konto/ });
  assert.equal(await accountLink.count(), 1, 'header shows "Mein Konto" once logged in');
  assert.match(await accountLink.innerText(), /Mein Konto/);
  await Promise.all([page.waitForURL(/\/account$/), accountLink.click()]);
  await assertH1(page, 'Mein Konto');
  if (a11y) await expectAccessible(page, 'account');
  // The person's name is on the profile form.
  assert.equal(await page.getByLabel('Ihr Name, wie Nachbarn ihn sehen').inputValue(), person.name);
}

test('journey 1: sign up, confirm from the mail, log in, see "Mein Konto"', async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  const person = newPerson('signup');
  await signUpAndConfirm(page, server, person);
  await loginAndSeeAccount(page, person);

  // Logging out through the header button works and is announced.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForLoadState();
  assert.equal(await page.getByRole('link', { name: 'Anmelden' }).first().isVisible(), true);
  await expectAccessible(page, 'after logout');
  await context.close();
});

test('journey 4: the empty sign-up form shows errors next to the fields and a summary', async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto('/signup');
  await page.getByRole('main').getByRole('button', { name: 'Konto anlegen' }).click();
  await page.waitForLoadState();
  await assertH1(page, 'Registrieren');

  const summary = page.getByRole('alert');
  assert.equal(await summary.count(), 1, 'one error summary');
  assert.equal(await summary.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).count(), 1);
  const summaryLinks = summary.getByRole('link');
  assert.ok(await summaryLinks.count() >= 3, 'the summary lists every field');

  for (const [field, label] of [
    ['display_name', 'Ihr Name, wie Nachbarn ihn sehen'],
    ['email', 'E-Mail-Adresse'],
    ['password', 'Neues Passwort'],
  ]) {
    const input = page.getByLabel(label);
    assert.equal(await input.getAttribute('id'), `f-${field}`);
    assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
    const describedBy = (await input.getAttribute('aria-describedby')).split(/\s+/);
    assert.ok(describedBy.includes(`e-${field}`), `${field} is described by its error`);
    const error = page.locator(`#e-${field}`);
    assert.ok(await error.isVisible(), `error for ${field} is visible`);
    assert.match((await error.textContent()).replace(/\s+/g, ' ').trim(), /^Fehler: \S/);
    // The error sits next to its field: inside the same .field wrapper.
    assert.equal(await page.locator('.field.has-error', { has: page.locator(`#f-${field}`) }).locator(`#e-${field}`).count(), 1);
    // The summary links to the field.
    assert.equal(await summary.locator(`a[href="#f-${field}"]`).count(), 1);
  }
  // Following a summary link moves focus to the field.
  await summary.locator('a[href="#f-email"]').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-email');
  await expectAccessible(page, 'signup with errors');

  // A half-filled form keeps the values and only flags what is wrong.
  await page.getByLabel('Ihr Name, wie Nachbarn ihn sehen').fill('Kurt Beispiel');
  await page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
  await page.getByLabel('Neues Passwort').fill('kurz');
  await page.getByRole('main').getByRole('button', { name: 'Konto anlegen' }).click();
  await page.waitForLoadState();
  assert.equal(await page.getByLabel('Ihr Name, wie Nachbarn ihn sehen').inputValue(), 'Kurt Beispiel');
  assert.equal(await page.getByLabel('Ihr Name, wie Nachbarn ihn sehen').getAttribute('aria-invalid'), null);
  assert.equal(await page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Neues Passwort').getAttribute('aria-invalid'), 'true');
  await expectAccessible(page, 'signup with some errors');

  // The login form reports a wrong password the same way.
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill('anna@example.org');
  await page.getByLabel('Passwort', { exact: true }).fill('falsch-falsch-falsch');
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForLoadState();
  assert.equal(await page.getByRole('alert').count(), 1);
  await expectAccessible(page, 'login with error');
  await context.close();
});

test('journey 5: sign up, confirm and log in with JavaScript turned off', async () => {
  const context = await newContext(browser, server, { javaScriptEnabled: false });
  const page = await context.newPage();
  const person = newPerson('nojs');
  await signUpAndConfirm(page, server, person, { a11y: false });
  await loginAndSeeAccount(page, person, { a11y: false });

  // Language switch and logout are plain forms as well.
  await page.getByRole('contentinfo').getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForLoadState();
  await assertH1(page, 'My account');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Deutsch', exact: true }).click();
  await page.waitForLoadState();
  await assertH1(page, 'Mein Konto');
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForLoadState();
  assert.equal(await page.getByRole('button', { name: 'Abmelden' }).count(), 0);
  await context.close();
});
