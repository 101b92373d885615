// Journey 11: an event with one place. The club's administrator publishes
// it (after the form has caught an end before the start), Anna takes the
// place, Ben lands on the waiting list, Anna withdraws and Ben moves up; the
// administrator writes to the attendees; a visitor subscribes to the
// quarter's calendar. axe on every page, and nothing scrolls sideways at
// 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readMails, startServer } from '../lib/server.mjs';
import {
  checkPage as check, launchBrowser, loggedIn, login, newContext, press, submitLogin,
} from '../lib/browser.mjs';
import { assertH1, berlinDate, fillEvent } from '../lib/flows.mjs';

const SLUG = 'lindenviertel';
const ORG = 'buergerverein-lindenviertel';
const EVENT_URL = /\/e\/[0-9a-f-]{36}(\?notice=[a-z-]+)?$/;

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


/** The sign-up box on an event page (a region named by its heading). */
const signupBox = (page) => page.getByRole('main').getByRole('region', { name: 'Anmeldung' });

test('journey 11: one place, a waiting list that moves up, a message, the calendar feed', async () => {
  const id = Date.now().toString(36);
  const title = `Erzählcafé im Nachbarschaftstreff ${id}`;
  const date = berlinDate(9);

  // The administrator of the club opens the form from the club's page.
  const admin = await as('verein@example.org');
  const v = admin.page;
  await v.goto(`/o/${ORG}`);
  await press(v, v.getByRole('main').getByRole('link', { name: 'Termin eintragen' }), new RegExp(`/o/${ORG}/events/new$`));
  await assertH1(v, 'Termin eintragen');
  await check(v, 'event form');
  // Every field is as large as the others (44 px targets), the link field too.
  const small = await v.locator('main form').locator('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')
    .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => `${e.id} (${e.type})`));
  assert.deepEqual(small, [], 'fields lower than 44 px');
  // On a narrow screen a long label must not squeeze its box or circle.
  await v.setViewportSize({ width: 320, height: 640 });
  const squeezed = await v.locator('main form').locator('input[type=checkbox], input[type=radio]')
    .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width < 24).map((e) => e.id));
  assert.deepEqual(squeezed, [], 'check boxes and radio buttons narrower than 24 px at 320 px');
  await v.setViewportSize({ width: 1280, height: 900 });
  const dateHint = await v.locator(`#${await v.getByRole('main').getByLabel('Datum').getAttribute('aria-describedby')}`).innerText();
  assert.doesNotMatch(dateHint, /freiwillig/i, `the date is required, its hint "${dateHint}" must not call it optional`);

  // First try: the end lies before the start.
  await fillEvent(v, {
    title, category: 'Begegnung', date, from: '18:00', to: '17:00',
    description: 'Wir erzählen uns, wie das Viertel **früher** war. Kaffee und Kuchen gibt es auch.',
    venue: 'Nachbarschaftstreff, Lindenplatz 4', stepFree: true, signup: true, capacity: '1',
  });
  // Sent with the keyboard: Enter on the focused button.
  await v.getByRole('main').getByRole('button', { name: 'Veröffentlichen' }).focus();
  await Promise.all([v.waitForLoadState('load'), v.waitForURL(new RegExp(`/o/${ORG}/events$`)), v.keyboard.press('Enter')]);
  await assertH1(v, 'Termin eintragen');
  const summary = v.locator('.error-summary');
  assert.equal(await summary.count(), 1, 'an error summary is shown');
  const summaryLink = summary.getByRole('link', { name: 'Das Ende muss nach dem Anfang liegen.' });
  assert.equal(await summaryLink.getAttribute('href'), '#f-end_time', 'the summary links to the end time');
  const endField = v.getByRole('main').getByLabel('Bis (Uhrzeit)');
  assert.equal(await endField.getAttribute('aria-invalid'), 'true');
  const described = (await endField.getAttribute('aria-describedby')).split(/\s+/);
  assert.ok(described.includes('e-end_time'), `aria-describedby ${described}`);
  const fieldBox = v.locator('.field.has-error').filter({ has: v.locator('#f-end_time') });
  assert.match(await fieldBox.locator('.error').innerText(), /Das Ende muss nach dem Anfang liegen\./, 'the error sits next to the field');
  assert.equal(await v.locator('.field.has-error').count(), 1, 'only the end time is marked');
  assert.equal(await v.getByRole('main').getByLabel('Kurzer Titel').inputValue(), title, 'what was typed is kept');
  assert.equal(await v.getByRole('main').getByLabel('Anmeldung nötig').isChecked(), true);
  assert.equal(await v.getByRole('main').getByLabel('Anzahl der Plätze').inputValue(), '1');
  await check(v, 'event form with errors');
  await summaryLink.click();
  assert.equal(await v.evaluate(() => document.activeElement?.id), 'f-end_time', 'the summary link moves the focus to the field');

  // Corrected and published.
  await endField.fill('20:00');
  await press(v, v.getByRole('main').getByRole('button', { name: 'Veröffentlichen' }), EVENT_URL);
  await assertH1(v, title);
  assert.match(await v.locator('.notice').first().innerText(), /veröffentlicht/);
  const eventPath = new URL(v.url()).pathname;
  const facts = v.getByRole('region', { name: 'Auf einen Blick' });
  assert.match(await facts.innerText(), /18:00–20:00/);
  assert.match(await facts.innerText(), /0 von 1 Plätzen vergeben/);
  await check(v, 'new event, as organiser');

  // Anna finds it in the calendar before she has logged in, logs in from
  // the event and comes back to it, and takes the only place.
  const anna = { context: await newContext(browser, server) };
  const a = await anna.context.newPage();
  await a.goto(`/n/${SLUG}/calendar`);
  const annaCard = a.getByRole('main').getByRole('article', { name: title });
  assert.equal(await annaCard.count(), 1, 'the event is in the calendar');
  assert.match(await annaCard.innerText(), /Noch 1 Platz frei/, 'the card says a place is free');
  await press(a, annaCard.getByRole('link', { name: title }), (u) => u.pathname === eventPath);
  await check(a, 'event, anonymous');
  await press(a, signupBox(a).getByRole('link', { name: 'Melden Sie sich an, um teilzunehmen.' }), /\/login\?next=/);
  await submitLogin(a, 'anna@example.org');
  assert.equal(new URL(a.url()).pathname, eventPath, 'after logging in Anna is back on the event');
  await check(a, 'event, before signing up');
  await press(a, signupBox(a).getByRole('button', { name: 'Anmelden' }), /notice=notice-signed-up$/);
  assert.match(await signupBox(a).innerText(), /Sie sind angemeldet\./);
  await check(a, 'event, signed up');

  // Ben finds it full and joins the waiting list at position 1.
  const ben = await as('ben@example.org');
  const b = ben.page;
  await b.goto(eventPath);
  assert.match(await signupBox(b).innerText(), /Ausgebucht/);
  await press(b, signupBox(b).getByRole('button', { name: 'Auf die Warteliste setzen' }), /notice=notice-waiting$/);
  assert.match(await b.locator('.notice').first().innerText(), /Warteliste/);
  assert.match(await signupBox(b).innerText(), /Sie stehen auf der Warteliste an Stelle 1\./);
  await check(b, 'event, on the waiting list');

  // Anna withdraws; the place goes to Ben.
  await a.reload();
  await press(a, signupBox(a).getByRole('button', { name: 'Teilnahme absagen' }), /notice=notice-signup-withdrawn$/);
  // Her place went straight to Ben: the event is full again.
  assert.equal(await signupBox(a).getByRole('button', { name: 'Auf die Warteliste setzen' }).count(), 1, 'Anna may join the waiting list');
  await check(a, 'event, after withdrawing');
  await anna.context.close();

  await b.reload();
  assert.match(await signupBox(b).innerText(), /Sie sind angemeldet\./);
  assert.doesNotMatch(await signupBox(b).innerText(), /Warteliste/);
  await b.goto('/notifications');
  assert.match(await b.getByRole('main').innerText(), /Sie haben einen Platz bekommen/);
  await check(b, 'notifications, a place became free');

  // The administrator hears of every change at the bell, and the
  // notification leads to who comes; there they write to them.
  await v.goto('/notifications');
  const changes = v.getByRole('main').getByRole('link', { name: `Neue An- oder Abmeldung zu Ihrer Veranstaltung: ${title}` });
  assert.ok((await changes.count()) >= 3, 'sign-up, withdrawal and the move up each reach the organiser');
  await check(v, 'notifications, sign-ups changed');
  await press(v, changes.first(), new RegExp(`${eventPath}/attendees$`));
  await assertH1(v, 'Teilnehmende');
  const table = v.getByRole('main').getByRole('table');
  assert.match(await table.innerText(), /Ben Yılmaz/);
  assert.doesNotMatch(await table.innerText(), /Anna Schneider/);
  assert.match(await v.getByRole('main').innerText(), /Niemand wartet\./);
  await check(v, 'attendees');
  const text = `Bitte bringen Sie alte Fotos mit ${id}.`;
  const msg = v.getByRole('region', { name: 'Nachricht an die Teilnehmenden' });
  await msg.getByLabel('Nachricht', { exact: true }).fill(text);
  await msg.getByRole('group', { name: 'An wen?' }).getByLabel('An alle Angemeldeten', { exact: true }).check();
  await press(v, msg.getByRole('button', { name: 'Nachricht senden' }), /\/attendees\?notice=notice-sent$/);
  assert.match(await v.locator('.notice').first().innerText(), /verschickt/);
  await check(v, 'attendees, message sent');
  await admin.context.close();

  // Ben is told, in Quartier and by mail.
  await b.goto('/notifications');
  assert.match(await b.getByRole('main').innerText(), /Nachricht zu einem Termin/);
  const deadline = Date.now() + 10_000;
  let mail;
  while (!mail && Date.now() < deadline) {
    mail = (await readMails(server.outbox)).find((m) => m.text.includes('ben@example.org') && m.text.includes(text));
    if (!mail) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(mail, 'Ben gets the message by mail');
  await ben.context.close();

  // A visitor subscribes to the quarter's calendar.
  const visitor = await newContext(browser, server);
  const p = await visitor.newPage();
  await p.goto(`/n/${SLUG}`);
  await press(p, p.getByRole('main').getByRole('link', { name: 'Kalender', exact: true }), new RegExp(`/n/${SLUG}/calendar$`));
  await assertH1(p, 'Kalender');
  assert.equal(await p.getByRole('main').getByRole('article', { name: title }).count(), 1, 'the public calendar lists the club\'s event');
  await check(p, 'calendar, anonymous');
  const subscribe = p.getByRole('region', { name: 'Kalender abonnieren' });
  const webcal = await subscribe.getByRole('link', { name: /webcal/ }).getAttribute('href');
  const feedPath = `/n/${SLUG}/calendar.ics`;
  assert.equal(webcal, `webcal://${new URL(server.url).host}${feedPath}`);
  const field = subscribe.getByLabel('Adresse des Kalenders zum Kopieren');
  assert.equal(await field.getAttribute('readonly'), '', 'the address is read-only');
  const feedUrl = await field.inputValue();
  assert.equal(feedUrl, `${server.url}${feedPath}`);
  const res = await p.request.get(feedUrl);
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'], /^text\/calendar/);
  // Long lines are folded (RFC 5545 3.1): unfold before looking.
  const ics = (await res.text()).replace(/\r?\n[ \t]/g, '');
  assert.match(ics, /^BEGIN:VCALENDAR\r?$/m);
  assert.ok(ics.split(/\r?\n/).includes(`SUMMARY:${title}`), `the feed holds SUMMARY:${title}`);

  // The event on its own, to add to a calendar.
  await p.goto(eventPath);
  const one = await p.request.get(await p.getByRole('main').getByRole('link', { name: /\(\.ics\)$/ }).getAttribute('href'));
  assert.equal(one.status(), 200);
  assert.match(one.headers()['content-type'], /^text\/calendar/);
  const oneIcs = (await one.text()).replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  assert.ok(oneIcs.includes(`SUMMARY:${title}`) && oneIcs.includes(`URL:${server.url}${eventPath}`), 'event.ics names the event and links to it');

  // The month that holds the event.
  await p.goto(`/n/${SLUG}/calendar?view=month&month=${date.slice(0, 7)}`);
  const day = p.getByRole('main').getByRole('cell').filter({ has: p.getByRole('link', { name: title }) });
  assert.equal(await day.count(), 1, 'the month shows the event on one day');
  assert.equal(Number(await day.locator('.day-number').innerText()), Number(date.slice(8)), 'on its day');
  await check(p, 'calendar, month');
  await visitor.close();
});
