// Multi-step flows that several tests share.
import assert from 'node:assert/strict';
import { expectAccessible } from './browser.mjs';
import { CLOCK_START, waitForMailLink } from './server.mjs';

let counter = 0;
/** A new person nobody has used yet on this server. */
export function newPerson(prefix = 'neu') {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  return {
    name: `Testperson ${prefix} ${id}`,
    email: `${prefix}-${id}@example.org`,
    password: 'Lindenbaum-Sommerfest-2026',
  };
}

/**
 * Sign up through the form, open the link from the confirmation mail and
 * press the confirm button. Ends on the login page. `a11y` runs axe on every
 * page on the way (off for contexts without JavaScript).
 */
export async function signUpAndConfirm(page, server, person, { a11y = true } = {}) {
  const check = async (label) => { if (a11y) await expectAccessible(page, label); };
  await page.goto('/');
  await check('home');
  await Promise.all([
    page.waitForURL(/\/signup$/),
    page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Registrieren' }).click(),
  ]);
  await assertH1(page, 'Registrieren');
  await check('signup form');
  await page.getByLabel('Ihr Name, wie Nachbarn ihn sehen').fill(person.name);
  await page.getByLabel('E-Mail-Adresse').fill(person.email);
  await page.getByLabel('Neues Passwort').fill(person.password);
  await page.getByRole('main').getByRole('button', { name: 'Konto anlegen' }).click();
  await assertH1(page, 'Bitte sehen Sie in Ihr E-Mail-Postfach');
  await check('check your mail');

  const link = await waitForMailLink(server.outbox, person.email, '/confirm');
  assert.ok(link.startsWith(`${server.url}/confirm?token=`), `confirmation link ${link} points at this server`);
  await page.goto(link);
  await assertH1(page, 'E-Mail-Adresse bestätigen');
  await check('confirm form');
  await Promise.all([
    page.waitForURL(/\/login\?notice=/),
    page.getByRole('main').getByRole('button', { name: 'Jetzt bestätigen' }).click(),
  ]);
  await assertH1(page, 'Anmelden');
  assert.match(await page.locator('.notice').innerText(), /bestätigt/);
  await check('login after confirm');
}

export async function assertH1(page, text) {
  const h1 = page.getByRole('heading', { level: 1 });
  assert.equal((await h1.innerText()).trim(), text);
}

/**
 * Fill the form for a new help entry (/n/{slug}/help/new) by its German
 * labels. Leaves it unsent.
 */
export async function fillHelpEntry(page, {
  kind = 'Ich suche Hilfe (Gesuch)', category, title, body = '', urgency = 'Hat Zeit', date = '',
}) {
  await page.getByRole('group', { name: 'Art' }).getByLabel(kind).check();
  await page.getByLabel('Bereich').selectOption({ label: category });
  await page.getByLabel('Kurzer Titel').fill(title);
  await page.getByLabel('Beschreibung (freiwillig)').fill(body);
  await page.getByRole('group', { name: 'Wann?' }).getByLabel('Datum').fill(date);
  await page.getByRole('group', { name: 'Wie eilig ist es?' }).getByLabel(urgency, { exact: true }).check();
}

/** Post a new help entry through the form; resolves to the entry's path. */
export async function postHelpEntry(page, slug, entry) {
  const offer = /Angebot/.test(entry.kind ?? '');
  await page.goto(`/n/${slug}/help/new?kind=${offer ? 'offer' : 'request'}`);
  await fillHelpEntry(page, entry);
  await Promise.all([
    page.waitForURL(/\/help\/[0-9a-f-]{36}\?notice=notice-posted$/),
    page.getByRole('main').getByRole('button', { name: 'Veröffentlichen' }).click(),
  ]);
  return new URL(page.url()).pathname;
}

/** A day `days` after the server's (fixed) start day in the quarter's time zone, as YYYY-MM-DD. */
export function berlinDate(days) {
  return new Date(Date.parse(CLOCK_START) + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/**
 * Fill the event form (/o/{slug}/events/new, /n/{slug}/events/new) by its
 * German labels, the way a person would. Leaves it unsent.
 */
export async function fillEvent(page, {
  title, category = 'Begegnung', description = '', date, from = '18:00', to = '20:00',
  venue = '', stepFree = false, signup = false, capacity = '',
}) {
  const main = page.getByRole('main');
  await main.getByLabel('Kurzer Titel').fill(title);
  await main.getByLabel('Bereich').selectOption({ label: category });
  await main.getByLabel('Beschreibung', { exact: true }).fill(description);
  const when = main.getByRole('group', { name: 'Wann' });
  await when.getByLabel('Datum').fill(date);
  await when.getByLabel('Von (Uhrzeit)').fill(from);
  await when.getByLabel('Bis (Uhrzeit)').fill(to);
  const where = main.getByRole('group', { name: 'Wo' });
  await where.getByLabel('Ort und Adresse').fill(venue);
  await where.getByLabel('Stufenloser Zugang').setChecked(stepFree);
  const signUp = main.getByRole('group', { name: 'Anmeldung' });
  await signUp.getByLabel('Anmeldung nötig').setChecked(signup);
  await signUp.getByLabel('Anzahl der Plätze').fill(capacity);
}

/** Publish an event through the form at `formPath`; resolves to the event's path. */
export async function postEvent(page, formPath, event) {
  await page.goto(formPath);
  await fillEvent(page, event);
  await Promise.all([
    page.waitForURL(/\/e\/[0-9a-f-]{36}\?notice=notice-posted$/),
    page.getByRole('main').getByRole('button', { name: 'Veröffentlichen' }).click(),
  ]);
  return new URL(page.url()).pathname;
}
