// Journey 6: every page, as every kind of person, in all three languages, in
// normal and high contrast: zero axe-core WCAG 2.2 A/AA violations, and
// nothing scrolls sideways at 320 px.
//
// High contrast changes colours, not words, so by default it is checked in
// German only: de normal, de high, en normal, de-simple normal. SWEEP_FULL=1
// runs every language in both contrasts (half as long again).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer, waitForMailLink } from '../lib/server.mjs';
import {
  WCAG_TAGS, launchBrowser, login, newContext, setDisplay, switchLanguage,
} from '../lib/browser.mjs';
import {
  berlinDate, newPerson, postEvent, postHelpEntry,
} from '../lib/flows.mjs';
import { tinyPng } from '../lib/png.mjs';

const LOCALES = ['de', 'en', 'de-simple'];
// [locale, high contrast]
const PASSES = process.env.SWEEP_FULL
  ? LOCALES.flatMap((l) => [[l, false], [l, true]])
  : [['de', false], ['de', true], ['en', false], ['de-simple', false]];
const SLUG = 'lindenviertel';
const ORG = 'buergerverein-lindenviertel';

let server;
let browser;
// Filled in by before(): ids, tokens and a printed batch.
const data = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();

  // A confirmation link (GET does not use it up) for a new, unconfirmed person.
  const ctx = await newContext(browser, server);
  const page = await ctx.newPage();
  const person = newPerson('sweep');
  await page.goto('/signup');
  await page.getByLabel('Ihr Name, wie Nachbarn ihn sehen').fill(person.name);
  await page.getByLabel('E-Mail-Adresse').fill(person.email);
  await page.getByLabel('Neues Passwort').fill(person.password);
  await page.getByRole('main').getByRole('button', { name: 'Konto anlegen' }).click();
  await page.waitForLoadState();
  data.confirmLink = new URL(await waitForMailLink(server.outbox, person.email, '/confirm'));

  // A password-reset link for ben.
  await page.goto('/password/forgot');
  await page.getByLabel('E-Mail-Adresse').fill('ben@example.org');
  await page.getByRole('main').getByRole('button', { name: 'Link anfordern' }).click();
  await page.waitForLoadState();
  data.resetLink = new URL(await waitForMailLink(server.outbox, 'ben@example.org', '/password/reset'));
  await ctx.close();

  // Anna's and another neighbour's profile ids.
  const actx = await newContext(browser, server);
  const apage = await actx.newPage();
  await login(apage, 'anna@example.org', undefined, { check: false });
  await apage.goto('/account');
  data.annaProfile = await apage.getByRole('link', { name: 'Mein Profil ansehen' }).getAttribute('href');
  await apage.goto('/n/lindenviertel/members');
  const hrefs = await apage.locator('.people a[href^="/u/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  data.otherProfile = hrefs.find((h) => h !== data.annaProfile);
  assert.ok(data.annaProfile && data.otherProfile, 'found profile links');
  await actx.close();

  // A printed batch of invitation cards.
  const cctx = await newContext(browser, server);
  const cpage = await cctx.newPage();
  await login(cpage, 'koordination@example.org', undefined, { check: false });
  await cpage.goto('/n/lindenviertel/manage/codes');
  await cpage.getByLabel('Anzahl der Karten').fill('3');
  await Promise.all([
    cpage.waitForURL(/\/manage\/codes\/[0-9a-f-]+$/),
    cpage.getByRole('button', { name: 'Karten erstellen' }).click(),
  ]);
  data.batch = new URL(cpage.url()).pathname;
  // The impact report of last month, published.
  await cpage.goto('/n/lindenviertel/impact?preset=last_month');
  await press(cpage, cpage.locator('main form[action^="/n/lindenviertel/impact/publish"] button'), /\/impact\/publish/);
  await press(cpage, cpage.locator('main form.confirm button[type="submit"]'), /\/impact\/reports\/[0-9a-f-]{36}/);
  data.impactReport = new URL(cpage.url()).pathname;
  await cctx.close();

  await seedHelp();
  await seedOrganisations();
  await seedEvents();
  await seedGroupsNewsAndEasy();
  await seedProjects();
  await seedSite();
});

/** A browser context logged in as `email`, for the seeding steps. */
async function open(email) {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await login(page, email, undefined, { check: false });
  return { context, page };
}

/** Press a button and wait until the page it leads to has loaded. */
async function press(page, button, url = /./) {
  await Promise.all([page.waitForURL(url), button.click()]);
}

/**
 * Neighbourly help in every state a page can show: open with an answer,
 * arranged, done and thanked, hidden by the moderation; open reports of an
 * entry and of a message; a conversation; thanks on Anna's profile.
 */
async function seedHelp() {
  const open = async (email) => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await login(page, email, undefined, { check: false });
    return { context, page };
  };
  const anna = await open('anna@example.org');
  const ben = await open('ben@example.org');
  const coord = await open('koordination@example.org');
  const a = anna.page;
  const b = ben.page;
  const c = coord.page;
  const main = (p) => p.getByRole('main');
  const entryLink = async (p, name) => main(p).getByRole('link', { name, exact: true }).first().getAttribute('href');

  // The demo entries, found by their titles.
  await a.goto(`/n/${SLUG}/help/mine`);
  data.shopping = await entryLink(a, 'Wer trägt mir am Donnerstag den Einkauf in den 3. Stock?');
  data.hedge = await entryLink(a, 'Hecke schneiden im Hinterhof');
  await a.goto(`/n/${SLUG}/help`);
  data.techOffer = await entryLink(a, 'Hilfe mit Smartphone und Tablet');
  data.visits = await entryLink(a, 'Besuchsdienst des Bürgervereins');
  await c.goto(`/n/${SLUG}/help`);
  data.onBehalf = await entryLink(c, 'Begleitung zur Augenärztin');
  assert.ok(data.shopping && data.hedge && data.techOffer && data.visits && data.onBehalf, 'found the demo entries');

  // Shopping: the demo conversation with Ben; Anna accepts him (arranged).
  await a.goto(data.shopping);
  data.conversation = await main(a).getByRole('link', { name: 'Ben Yılmaz' }).getAttribute('href');
  await press(a, main(a).getByRole('button', { name: /^Zusagen/ }), /notice=notice-accepted$/);

  // Hedge: Ben answers, the request stays open with a "Zusagen" button.
  await b.goto(data.hedge);
  await press(b, main(b).getByRole('button', { name: 'Ich kann helfen' }), /\/inbox\//);

  // Ben asks, Anna helps, Ben thanks her; she shows it on her profile.
  data.done = await postHelpEntry(b, SLUG, {
    category: 'Kleine Reparaturen', title: 'Regal an die Wand dübeln', body: 'Bohrmaschine ist da.', urgency: 'Bald',
  });
  await a.goto(data.done);
  await press(a, main(a).getByRole('button', { name: 'Ich kann helfen' }), /\/inbox\//);
  await b.goto(data.done);
  await press(b, main(b).getByRole('button', { name: /^Zusagen/ }), /notice=notice-accepted$/);
  await press(b, main(b).getByRole('button', { name: 'Als erledigt markieren' }), /notice=notice-done$/);
  await b.getByLabel('Ihr Dankeschön').fill('Das Regal hängt bombenfest. Vielen Dank, Anna!');
  await press(b, main(b).getByRole('button', { name: 'Danke sagen' }), /notice=notice-thanked$/);
  await a.goto('/account/thanks');
  await press(a, main(a).getByRole('button', { name: 'Auf meinem Profil zeigen' }), /notice=notice-saved$/);

  // Anna offers something that does not belong here; it is hidden.
  data.hidden = await postHelpEntry(a, SLUG, {
    kind: 'Ich biete Hilfe an (Angebot)', category: 'Sonstiges', title: 'Sofa zu verkaufen', body: 'Für 300 Euro.',
  });
  const report = async (p, path, reason) => {
    await p.goto(path);
    await p.locator('details.report summary').first().click();
    await p.locator('details.report[open]').getByLabel('Begründung').fill(reason);
    await press(p, p.locator('details.report[open]').getByRole('button', { name: 'An die Moderation melden' }), /notice=notice-reported$/);
  };
  await report(b, data.hidden, 'Ein Verkauf, keine Nachbarschaftshilfe.');
  await c.goto(`/n/${SLUG}/moderation`);
  const card = main(c).getByRole('region').filter({ hasText: 'Ein Verkauf, keine Nachbarschaftshilfe.' });
  await card.getByLabel('Begründung für das Ausblenden').fill('Verkäufe gehören an das Schwarze Brett.');
  await press(c, card.getByRole('button', { name: 'Ausblenden' }), /notice=notice-hidden$/);

  // Two reports stay open for the moderation page: an entry and a message.
  await report(b, data.visits, 'Bitte prüfen, ob das noch aktuell ist.');
  await report(a, data.conversation, 'Bitte nicht so früh am Morgen schreiben.');

  for (const x of [anna, ben, coord]) await x.context.close();
}

/**
 * The demo club's news (a public post, found as a visitor) and an
 * organisation that Anna proposes and nobody has confirmed yet.
 */
async function seedOrganisations() {
  const vctx = await newContext(browser, server);
  const v = await vctx.newPage();
  await v.goto(`/o/${ORG}`);
  data.orgNews = await v.locator('main article.news h3 a').first().getAttribute('href');
  assert.ok(data.orgNews, 'found a public news post of the club');
  await vctx.close();

  const actx = await newContext(browser, server);
  const a = await actx.newPage();
  await login(a, 'anna@example.org', undefined, { check: false });
  await a.goto(`/n/${SLUG}/organisations/new`);
  await a.locator('#f-name').fill('Repair-Café Lindenviertel');
  await a.locator('#f-slug').fill('repair-cafe-lindenviertel');
  await a.locator('#f-kind').selectOption('initiative');
  await a.locator('#f-description').fill('Jeden ersten Samstag im Monat reparieren wir gemeinsam.');
  await press(a, a.locator(`main form[action="/n/${SLUG}/organisations"] button[type="submit"]`), /notice=notice-org-proposed$/);
  await actx.close();
}

/**
 * Events in the states their pages can show: one place, taken by Anna, with
 * Ben waiting; and a cancelled event in the same month.
 */
async function seedEvents() {
  const open = async (email) => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await login(page, email, undefined, { check: false });
    return { context, page };
  };
  const date = berlinDate(9);
  data.eventMonth = date.slice(0, 7);
  const club = await open('verein@example.org');
  const v = club.page;
  data.event = await postEvent(v, `/o/${ORG}/events/new`, {
    title: 'Erzählcafé: Das Viertel früher', category: 'Begegnung', date, from: '15:00', to: '17:00',
    description: 'Wir erzählen uns, wie das Viertel **früher** war.', venue: 'Nachbarschaftstreff, Lindenplatz 4',
    stepFree: true, signup: true, capacity: '1',
  });
  const cancelled = await postEvent(v, `/o/${ORG}/events/new`, {
    title: 'Hofflohmarkt', category: 'Kultur', date, from: '10:00', to: '14:00', venue: 'Hinterhöfe im Viertel',
  });
  // Two more that day: the month shows three events a day and links to the rest.
  for (const [title, from] of [['Spielenachmittag', '16:00'], ['Chorprobe', '19:00']]) {
    await postEvent(v, `/o/${ORG}/events/new`, { title, category: 'Kultur', date, from, to: '20:30', venue: 'Gemeindesaal' });
  }
  data.eventDay = date;
  await v.goto(cancelled);
  await press(v, v.getByRole('main').getByRole('button', { name: 'Termin absagen' }), /\/cancel$/);
  await press(v, v.getByRole('main').getByRole('button', { name: 'Ja, Termin absagen' }), /notice=notice-event-cancelled$/);
  data.cancelledEvent = cancelled;
  for (const [email, notice] of [['anna@example.org', 'notice-signed-up'], ['ben@example.org', 'notice-waiting']]) {
    const x = await open(email);
    await x.page.goto(data.event);
    await press(x.page, x.page.locator(`main form[action="${data.event}/signup"] button`), new RegExp(`notice=${notice}$`));
    await x.context.close();
  }
  await club.context.close();
}

/**
 * Groups, a news image and Leichte Sprache, each in a state worth showing:
 * Anna founds a group by request, opens a topic and replies, Ben asks to
 * join (pending); the club posts news with an image; Anna reviews the
 * club's easy-language texts (the profile approved, a news post waiting);
 * the coordination sets the office contact for the notice board.
 */
async function seedGroupsNewsAndEasy() {
  const anna = await open('anna@example.org');
  const ben = await open('ben@example.org');
  const club = await open('verein@example.org');
  const coord = await open('koordination@example.org');
  const a = anna.page;
  const b = ben.page;
  const v = club.page;
  const c = coord.page;
  const submit = (p, action) => p.locator(`main form[action="${action}"] button[type="submit"]:not([value="check"])`);

  // A group by request, with a topic, a reply and a pending request.
  await a.goto(`/n/${SLUG}/groups/new`);
  await a.locator('#f-name').fill('Smartphone-Treff');
  await a.locator('#f-description').fill('Wir üben jeden Dienstag gemeinsam mit Smartphone und Tablet.');
  await a.locator('#k-learning').check();
  await a.locator('#f-topic').fill('Smartphone und Tablet');
  await a.locator('#f-schedule').fill('Dienstags um 15 Uhr im Nachbarschaftstreff');
  await a.locator('#j-request').check();
  await press(a, submit(a, `/n/${SLUG}/groups`), /\/groups\/[0-9a-f-]{36}\?notice=notice-group-created$/);
  data.group = new URL(a.url()).pathname;
  await openDetails(a);
  await a.locator('#f-title').fill('Wie mache ich ein Foto vom Bildschirm?');
  await a.locator('#f-body').fill('Ich möchte meiner Enkelin zeigen, was ich sehe.');
  await press(a, submit(a, `${data.group}/topics`), /\/topics\/[0-9a-f-]{36}\?notice=notice-posted$/);
  data.topic = new URL(a.url()).pathname;
  await a.locator('#f-body').fill('Beim nächsten Treffen zeige ich es allen.');
  await press(a, submit(a, data.topic), /notice=notice-posted/);
  await b.goto(data.group);
  await press(b, submit(b, `${data.group}/join`), /notice=notice-group-requested$/);

  // News with an image.
  await v.goto(`/o/${ORG}`);
  data.orgId = (await v.getByRole('main').locator('a[href^="/easy/organisation/"]').getAttribute('href')).split('/').pop();
  await openDetails(v);
  await v.locator('#f-title').fill('Neue Bänke am Lindenplatz');
  await v.locator('#f-body').fill('Seit Montag stehen am Lindenplatz drei neue Bänke.');
  await v.locator('#f-image').setInputFiles({ name: 'baenke.png', mimeType: 'image/png', buffer: tinyPng() });
  await v.locator('#f-image_alt').fill('Drei grüne Holzbänke unter einer Linde');
  await press(v, submit(v, `/o/${ORG}/news`), /\/news\/[0-9a-f-]{36}\?notice=notice-posted$/);
  data.imageNews = new URL(v.url()).pathname;

  // Anna reviews for the club; the profile's easy version is approved, the
  // news post's waits in her queue.
  await v.goto(`/o/${ORG}/members`);
  await v.locator('#f-reviewer_email').fill('anna@example.org');
  await press(v, submit(v, `/o/${ORG}/reviewers`), /notice=notice-saved$/);
  const easy = async (path, title, body) => {
    await v.goto(path);
    await v.locator('#f-title').fill(title);
    await v.locator('#f-body').fill(body);
    await press(v, v.locator('main button[name="action"][value="review"]'), /notice=notice-review-requested$/);
  };
  await easy(`/easy/organisation/${data.orgId}`, 'Der Bürger·verein', 'Wir sind ein Verein im Linden·viertel. Wir machen Feste. Wir helfen neuen Nachbarn.');
  await a.goto('/easy/reviews');
  await press(a, a.getByRole('main').getByRole('link', { name: 'Der Bürger·verein' }), /\/easy\/reviews\/[0-9a-f-]{36}$/);
  await press(a, a.locator('main button[name="decision"][value="approve"]'), /notice=notice-saved$/);
  data.newsId = data.orgNews.split('/').pop();
  await easy(`/easy/news/${data.newsId}`, 'Straßen·fest', 'Am 14. Juni feiern wir am Linden·platz. Es gibt Kuchen und Musik.');
  await a.goto('/easy/reviews');
  data.review = await a.getByRole('main').getByRole('link', { name: 'Straßen·fest' }).getAttribute('href');
  assert.ok(data.review, 'the news post waits for a review');

  // The coordination says how to answer the notice board without the internet.
  await c.goto(`/n/${SLUG}/manage/office`);
  await c.locator('#f-office_contact').fill('Nachbarschaftsbüro, Lindenplatz 4, Telefon 030 1234567 (dienstags 10–12 Uhr)');
  await press(c, submit(c, `/n/${SLUG}/manage/office`), /notice=notice-saved$/);

  for (const x of [anna, ben, club, coord]) await x.context.close();
}

// Submit an event form with no title, no category, no place and the end
// before the start (by the fields' ids: this runs in every language).
const badEventForm = (formAction) => async (page) => {
  await page.locator('#f-title').fill('');
  await page.locator('#f-category').selectOption('');
  await page.locator('#f-date').fill(berlinDate(9));
  await page.locator('#f-start_time').fill('18:00');
  await page.locator('#f-end_time').fill('17:00');
  await page.locator('#f-venue').fill('');
  await page.locator(`main form[action="${formAction}"] button[type="submit"]:not([value="check"])`).click();
  await page.waitForLoadState();
  assert.equal(await page.locator('.error-summary').count(), 1, `${formAction} shows an error summary`);
  assert.equal(await page.locator('.field.has-error').count(), 4, `${formAction} marks four fields`);
};

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Submit the form that contains `selector`'s button, empty, to see its errors.
const submitEmpty = (formAction) => async (page) => {
  await page.locator(`main form[action="${formAction}"] button[type="submit"]`).first().click();
  await page.waitForLoadState();
  assert.ok(await page.locator('.error-summary').count() === 1, `${formAction} shows an error summary`);
};

// Submit a form whose messages sit next to its fields (no summary).
const submitEmptyNoSummary = (formAction) => async (page) => {
  await page.locator(`main form[action="${formAction}"] button[type="submit"]`).first().click();
  await page.waitForLoadState();
  assert.ok(await page.locator('main .error').count() > 0, `${formAction} shows a message`);
};

// Show what is folded away (report forms), so that axe sees it too.
const openDetails = async (page) => {
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
};

// Submit the help form with an empty title and a date in the past.
const badHelpForm = async (page) => {
  await page.locator('#f-category').selectOption({ index: 1 });
  await page.locator('#f-title').fill('');
  await page.locator('#f-date').fill('2020-01-01');
  await page.locator(`main form[action="/n/${SLUG}/help"] button[type="submit"]:not([value="check"])`).click();
  await page.waitForLoadState();
  assert.equal(await page.locator('.error-summary').count(), 1, 'help form shows an error summary');
  assert.equal(await page.locator('.field.has-error').count(), 2);
};

// The club's news form, sent with an HTML file as its image.
const newsImageError = async (page) => {
  await openDetails(page);
  await page.locator('#f-title').fill('Ein Bild, das keines ist');
  await page.locator('#f-body').fill('Im Anhang sollte ein Foto sein.');
  await page.locator('#f-image').setInputFiles({
    name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><title>Foto</title><p>Kein Bild</p>'),
  });
  await page.locator('#f-image_alt').fill('Ein Foto');
  await page.locator(`main form[action="/o/${ORG}/news"] button[type="submit"]`).click();
  await page.waitForLoadState();
  assert.equal(await page.locator('.error-summary').count(), 1, 'news form shows an error summary');
  assert.equal(await page.locator('.field.has-error #f-image').count(), 1, 'the image field is marked');
};

// "Text prüfen" on the easy-language editor, with a text the checker
// finds hard; the standard text's hints are unfolded too.
const easyCheck = async (page) => {
  await page.locator('#f-title').fill('Straßenfest');
  await page.locator('#f-body').fill('Die diesjährige Straßenfestveranstaltung, deren Programmgestaltung traditionsgemäß '
    + 'vom Bürgervereinsvorstand übernommen wurde, wird voraussichtlich unter Berücksichtigung der Witterungsverhältnisse stattfinden.');
  await page.locator('main button[name="action"][value="check"]').click();
  await page.waitForLoadState();
  assert.ok(await page.locator('main section ul.hints > li').count() > 0, 'the checker shows hints');
  await openDetails(page);
};

// On a content page: in Leichte Sprache the easy version (with the badge
// when approved) or a note that there is none; in other languages neither.
const easyShown = (expected) => async (page) => {
  const simple = await page.getByRole('contentinfo')
    .getByRole('button', { name: 'Leichte Sprache', exact: true }).getAttribute('aria-pressed') === 'true';
  const block = page.locator('main section.easy');
  assert.equal(await block.count(), simple && expected !== 'none' ? 1 : 0, `easy version shown (${expected})`);
  if (simple && expected !== 'none') {
    assert.equal(await block.locator('.badge.checked').count(), expected === 'approved' ? 1 : 0, 'badge "geprüft"');
  }
};

/**
 * A co-production project Anna leads, Ben asking to take part, and a
 * proposal open for votes.
 */
async function seedProjects() {
  const anna = await open('anna@example.org');
  const ben = await open('ben@example.org');
  const a = anna.page;
  const b = ben.page;
  await a.goto(`/n/${SLUG}/projects/new`);
  await a.locator('#f-title').fill('Unser Café im Treff');
  await a.locator('#f-goal').fill('Ein Café im Nachbarschaftstreff, das wir selbst führen.');
  await press(a, a.locator(`main form[action="/n/${SLUG}/projects"] button[type="submit"]`), /\/projects\/[0-9a-f-]{36}\?notice=notice-project-created$/);
  data.project = new URL(a.url()).pathname;
  await b.goto(data.project);
  await press(b, b.locator(`main form[action="${data.project}/join"] button[type="submit"]`), /notice=notice-project-requested$/);
  await a.goto(data.project);
  await openDetails(a);
  await a.locator('#f-title').fill('Öffnungszeiten');
  await a.locator('#f-body').fill('Dienstag und Donnerstag, 14 bis 17 Uhr.');
  await a.locator('#f-closes_date').fill(berlinDate(7));
  await press(a, a.locator(`main form[action="${data.project}/proposals"] button[type="submit"]`), /\/proposals\/[0-9a-f-]{36}\?notice=notice-posted$/);
  data.proposal = new URL(a.url()).pathname;
  // The checklist: Anna answers its first point; a meeting with an agenda.
  await a.goto(`${data.project}/checklist`);
  const first = a.locator('ol.checklist form').first();
  await first.locator('input[type=radio]').first().check();
  await first.locator('textarea').fill('Wir planen von Anfang an zusammen.');
  await press(a, first.locator('button[type="submit"]'), /\/checklist\?notice=notice-saved/);
  await a.goto(`${data.project}/meetings/new`);
  await a.locator('#f-title').fill('Planungstreffen');
  await a.locator('#f-venue').fill('Nachbarschaftstreff');
  await a.locator('#f-date').fill(berlinDate(5));
  await a.locator('#f-start_time').fill('17:00');
  await a.locator('#f-end_time').fill('18:30');
  await a.locator('#f-agenda').fill('1. Öffnungszeiten\n2. Wer backt Kuchen?');
  await press(a, a.locator(`main form[action="${data.project}/meetings"] button[type="submit"]`), /\/meetings\/[0-9a-f-]{36}\?notice=notice-meeting-planned$/);
  data.meeting = new URL(a.url()).pathname;
  // A survey of every kind of question, open, with an answer typed in from
  // paper and Ben's own.
  await a.goto(data.project);
  await a.locator('#f-survey_title').fill('Wie gefällt Ihnen das Café?');
  await press(a, a.locator(`main form[action="${data.project}/surveys"] button[type="submit"]`), /\/surveys\/[0-9a-f-]{36}\?notice=notice-survey-created$/);
  data.survey = new URL(a.url()).pathname;
  for (const kind of ['smileys3', 'smileys5', 'yes_no', 'scale', 'free_text']) {
    await a.locator(`input[name=kind][value=${kind}]`).check();
    await a.locator('#f-text').fill(`Frage der Art ${kind}?`);
    await a.locator('#f-easy_text').fill(`Leichte Frage ${kind}?`);
    await press(a, a.locator(`main form[action="${data.survey}/questions"] button[type="submit"]`), /notice=notice-saved/);
  }
  await press(a, a.locator(`main form[action="${data.survey}/status"] button[type="submit"]`), /notice=notice-survey-opened/);
  await a.goto(`${data.survey}/enter`);
  await a.locator('input[type=radio][value="3"]').first().check();
  await a.locator('textarea').first().fill('Mehr Kuchen.');
  await press(a, a.locator(`main form[action="${data.survey}/enter"] button[type="submit"]`), /notice=notice-survey-typed-in/);
  await b.goto(data.survey);
  await b.locator('input[type=radio][value="2"]').first().check();
  await press(b, b.locator(`main form[action="${data.survey}/answers"] button[type="submit"]`), /notice=notice-survey-answered/);
  for (const x of [anna, ben]) await x.context.close();
}

/**
 * The club's own website: a published page "about us" and a draft.
 */
async function seedSite() {
  const club = await open('verein@example.org');
  const v = club.page;
  for (const [kind, title, slug, publish] of [['about', 'Über uns', 'ueber-uns', true], ['custom', 'Sommerfest planen', 'entwurf', false]]) {
    await v.goto(`/o/${ORG}/site/pages/new?kind=${kind}`);
    await v.locator('#f-title').fill(title);
    await v.locator('#f-slug').fill(slug);
    await v.locator('#f-body').fill('Wir sind ein **Verein** im Viertel.\n\n- Treffen jeden Dienstag\n- Feste im Sommer');
    if (publish) await v.locator('#f-published').check();
    await press(v, v.locator(`main form[action="/o/${ORG}/site/pages"] button[type="submit"]`), /notice=notice-saved$/);
  }
  data.sitePage = `/o/${ORG}/p/ueber-uns`;
  data.siteDraft = `/o/${ORG}/p/entwurf`;
  await v.goto(data.siteDraft);
  data.sitePageEdit = await v.getByRole('main').getByRole('link', { name: 'Seite bearbeiten' }).getAttribute('href');
  // A logo and a colour of the club's own: every page of the site is then
  // swept in them.
  await v.goto(`/o/${ORG}/site/look`);
  await v.locator('#f-image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: tinyPng() });
  await v.locator('#f-image_alt').fill('Logo: eine Linde');
  await v.locator('#f-accent').fill('#0b3d91');
  await press(v, v.locator(`main form[action="/o/${ORG}/site/look"] button[type="submit"]`), /notice=notice-saved$/);
  await club.context.close();
  // A message through the contact form, from a visitor without an account.
  const visitor = await newContext(browser, server);
  const vp = await visitor.newPage();
  await vp.goto(`/o/${ORG}/contact`);
  await vp.locator('#f-name').fill('Vera Besuch');
  await vp.locator('#f-email').fill('vera@example.org');
  await vp.locator('#f-message').fill('Wann trifft sich der Verein? Ich komme gern vorbei.');
  await press(vp, vp.locator(`main form[action="/o/${ORG}/contact"] button[type="submit"]`), /notice=notice-message-sent$/);
  await visitor.close();
  // A request to join from a neighbour who does not belong to the club yet.
  for (const email of ['ben@example.org', 'anna@example.org']) {
    const n = await open(email);
    await n.page.goto(`/o/${ORG}/join`);
    const form = n.page.locator(`main form[action="/o/${ORG}/join"]`);
    if (await form.count() === 1) {
      await n.page.locator('#f-kind-volunteer').check();
      await n.page.locator('#f-note').fill('Ich helfe gern beim Sommerfest.');
      await press(n.page, form.locator('button[type="submit"]'), /notice=notice-join-asked$/);
      await n.context.close();
      break;
    }
    await n.context.close();
  }
}

// Every page, for each kind of visitor. `then` runs on the page before checking.
const PAGES = {
  anonymous: () => [
    { path: '/o/stadtverband-buergervereine/branches', status: 200, label: 'umbrella, its branches' },
    { path: '/', status: 200 },
    { path: '/signup', status: 200 },
    { path: '/signup', then: submitEmpty('/signup'), label: 'signup with errors' },
    { path: '/login', status: 200 },
    { path: '/login', then: submitEmpty('/login'), label: 'login with errors' },
    { path: '/login?next=/account&notice=notice-logged-out' },
    { path: '/password/forgot', status: 200 },
    { path: '/password/forgot', then: submitEmpty('/password/forgot'), label: 'forgot with errors' },
    { path: data.resetLink.pathname + data.resetLink.search, status: 200, label: 'reset form' },
    { path: data.resetLink.pathname + data.resetLink.search, then: submitEmpty('/password/reset'), label: 'reset with errors' },
    { path: '/password/reset?token=abgelaufen', label: 'reset, invalid token' },
    { path: data.confirmLink.pathname + data.confirmLink.search, status: 200, label: 'confirm form' },
    { path: '/confirm?token=abgelaufen', label: 'confirm, invalid token' },
    { path: '/preferences', status: 200 },
    { path: '/n/lindenviertel', status: 200 },
    { path: '/n/am-muehlbach', status: 200 },
    { path: '/n/lindenviertel/members' },
    { path: '/n/lindenviertel/manage' },
    { path: data.impactReport, status: 200, label: 'published impact report' },
    { path: '/n/lindenviertel/impact' },
    { path: data.annaProfile },
    { path: '/account' },
    { path: '/admin' },
    { path: `/n/${SLUG}/help` },
    { path: '/inbox' },
    { path: '/does-not-exist', status: 404 },
    // Organisations.
    { path: '/organisations', status: 200, label: 'directory of every neighbourhood' },
    { path: '/organisations?q=verein&kind=club&step_free=yes', status: 200, label: 'directory, searched' },
    { path: `/n/${SLUG}/organisations`, status: 200, label: 'directory of a neighbourhood, anonymous' },
    // Search.
    { path: `/n/${SLUG}/search`, status: 200, label: 'search, no words yet' },
    { path: `/n/${SLUG}/search?q=verein`, status: 200, label: 'search, anonymous' },
    { path: `/o/${ORG}`, status: 200, then: easyShown('approved'), label: 'organisation, easy version approved' },
    { path: data.orgNews, status: 200, then: easyShown('none'), label: 'organisation news: an easy version in review is not shown yet' },
    { path: data.imageNews, status: 200, label: 'news with an image, no easy version' },
    { path: data.sitePage, status: 200, label: 'a page of the club\'s own website' },
    // Events.
    { path: `/n/${SLUG}/calendar`, status: 200, label: 'calendar' },
    { path: `/n/${SLUG}/calendar?view=month&month=${data.eventMonth}`, status: 200, then: async (page) => {
      const more = page.locator('table.month p.more a');
      assert.equal(await more.count(), 1, 'one day has more events than the grid shows');
      assert.equal(await more.getAttribute('href'), `/n/${SLUG}/calendar?day=${data.eventDay}`);
    }, label: 'calendar, month, a day with more events than it shows' },
    { path: `/n/${SLUG}/calendar?day=${data.eventDay}`, status: 200, then: async (page) => {
      assert.equal(await page.locator('main article.event').count() >= 4, true, 'every event of the day');
    }, label: 'calendar, one day' },
    { path: data.event, status: 200, then: easyShown('none'), label: 'event, full, anonymous, no easy version' },
    { path: data.cancelledEvent, status: 200, label: 'event, cancelled' },
    // The club's website: its contact form, the way to join.
    { path: `/o/${ORG}/contact`, status: 200, label: 'website, contact form' },
    { path: `/o/${ORG}/contact`, then: submitEmpty(`/o/${ORG}/contact`), label: 'website, contact form with errors' },
    { path: `/o/${ORG}/join`, status: 200, label: 'website, join, not logged in' },
  ],
  resident: () => [
    { path: '/', status: 200 },
    { path: `/o/${ORG}/join`, status: 200, label: 'website, join, as a neighbour' },
    { path: '/account', status: 200 },
    { path: '/account', then: async (page) => {
      await page.locator('#f-display_name').fill('');
      await page.locator('main form[action="/account/profile"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'profile with errors' },
    { path: '/account/password', status: 200 },
    { path: '/account/password', then: submitEmpty('/account/password'), label: 'password with errors' },
    { path: '/account/email', status: 200 },
    { path: '/account/email', then: submitEmpty('/account/email'), label: 'email with errors' },
    { path: '/account/delete', status: 200 },
    { path: '/account/delete', then: submitEmpty('/account/delete'), label: 'delete with errors' },
    { path: '/preferences', status: 200 },
    { path: '/preferences?saved=1', status: 200 },
    { path: data.annaProfile, status: 200 },
    { path: data.otherProfile, status: 200 },
    { path: '/n/lindenviertel', status: 200 },
    { path: '/n/lindenviertel/members', status: 200 },
    { path: '/n/am-muehlbach', status: 200 },
    { path: '/n/am-muehlbach', then: submitEmpty('/n/am-muehlbach/code'), label: 'code with errors' },
    { path: '/n/lindenviertel/manage' },
    { path: '/admin' },
    { path: '/does-not-exist', status: 404 },
    // Neighbourly help.
    { path: `/n/${SLUG}/help`, status: 200 },
    { path: `/n/${SLUG}/help?kind=offer&category=technology`, status: 200, label: 'help list, filtered' },
    { path: `/n/${SLUG}/help?date=gestern`, label: 'help list, wrong date' },
    { path: `/n/${SLUG}/search?q=hilfe`, status: 200, label: 'search, results' },
    { path: `/n/${SLUG}/search?q=a`, status: 200, label: 'search, words too short' },
    { path: `/n/${SLUG}/search?q=zzzzqqq`, status: 200, label: 'search, nothing found' },
    { path: `/n/${SLUG}/help/new?kind=request`, status: 200 },
    { path: `/n/${SLUG}/help/new?kind=offer`, status: 200 },
    { path: `/n/${SLUG}/help/new?kind=request`, then: badHelpForm, label: 'help form with errors' },
    { path: `/n/${SLUG}/help/mine`, status: 200 },
    // The shared pool: Anna lends the cargo bike Ben asked for.
    { path: `/n/${SLUG}/pool`, status: 200, label: 'pool' },
    { path: `/n/${SLUG}/pool/new`, status: 200, label: 'pool, offer something' },
    { path: `/n/${SLUG}/pool/new`, then: async (page) => {
      await page.locator('main form button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'pool, offer with errors' },
    { path: `/n/${SLUG}/pool`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/pool\/[0-9a-f-]{36}$/), page.locator('main tbody th a', { hasText: 'Lastenrad' }).click()]);
      assert.equal(await page.locator('main tbody button[value="confirm"]').count(), 1);
    }, label: 'pool, own cargo bike with a request' },
    { path: `/n/${SLUG}/pool`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/pool\/[0-9a-f-]{36}$/), page.locator('main tbody th a', { hasText: 'Beamer' }).click()]);
      await page.locator('main form[action$="/bookings"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'pool, asking for the projector with errors' },
    // Digital mentors: Anna offers help with phones, e-mail and video calls.
    { path: `/n/${SLUG}/mentoring`, status: 200, label: 'mentoring, as a mentor' },
    { path: `/n/${SLUG}/mentoring/offer`, status: 200, label: 'mentoring, change the offer' },
    { path: `/n/${SLUG}/mentoring/offer`, then: async (page) => {
      for (const box of await page.locator('#f-topics input[type="checkbox"]').all()) await box.uncheck();
      await page.locator(`main form[action="/n/${SLUG}/mentoring/offer"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'mentoring, offer with errors' },
    { path: `/n/${SLUG}/mentoring/ask`, status: 200, label: 'mentoring, ask for help' },
    { path: `/n/${SLUG}/mentoring/ask`, then: submitEmpty(`/n/${SLUG}/mentoring/ask`), label: 'mentoring, ask with errors' },
    { path: data.hedge, status: 200, label: 'own entry, open, answered' },
    { path: data.shopping, status: 200, label: 'own entry, arranged' },
    { path: data.techOffer, status: 200, then: openDetails, label: 'someone else\'s offer, report form open' },
    { path: data.done, status: 200, label: 'entry done and thanked' },
    { path: data.hidden, status: 200, label: 'own entry, hidden' },
    { path: '/inbox', status: 200 },
    { path: data.conversation, status: 200, then: openDetails, label: 'conversation, report form open' },
    { path: data.conversation, then: async (page) => {
      await page.locator(`main form[action="${data.conversation}"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'conversation, empty message' },
    { path: '/notifications', status: 200 },
    { path: '/account/thanks', status: 200 },
    { path: `/n/${SLUG}/moderation`, status: 403 },
    // Organisations.
    { path: `/n/${SLUG}/organisations`, status: 200 },
    { path: `/n/${SLUG}/organisations/new`, status: 200 },
    { path: `/n/${SLUG}/organisations/new`, then: submitEmpty(`/n/${SLUG}/organisations`), label: 'propose organisation with errors' },
    // Events.
    { path: `/n/${SLUG}/calendar`, status: 200, label: 'calendar with my sign-ups' },
    { path: `/n/${SLUG}/calendar?view=month&month=${data.eventMonth}&category=social&step_free=yes`, status: 200, label: 'calendar, month, filtered' },
    { path: data.event, status: 200, label: 'event, signed up' },
    { path: `/n/${SLUG}/events/new`, status: 200, label: 'resident\'s event form' },
    { path: `/n/${SLUG}/events/new`, then: badEventForm(`/n/${SLUG}/events`), label: 'resident\'s event form with errors' },
    // Groups: Anna administers one, Ben's request waits.
    { path: `/n/${SLUG}/groups`, status: 200, label: 'groups' },
    { path: `/n/${SLUG}/groups/new`, status: 200, label: 'group form' },
    { path: `/n/${SLUG}/groups/new`, then: submitEmpty(`/n/${SLUG}/groups`), label: 'group form with errors' },
    { path: data.group, status: 200, then: openDetails, label: 'group as admin, a request pending, topic form open' },
    { path: data.topic, status: 200, label: 'topic, as member' },
    { path: `${data.group}/events/new`, status: 200, label: 'group event form' },
    { path: `${data.group}/materials`, status: 200, then: openDetails, label: 'learning materials, share form open' },
    { path: `${data.group}/materials`, then: async (page) => {
      await openDetails(page);
      await page.locator('#f-url').fill('javascript:alert(1)');
      await page.locator(`main form[action="${data.group}/materials"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'learning materials, share with errors' },
    { path: `${data.group}/learnt`, status: 200, label: 'who learnt what, as admin' },
    { path: `${data.group}/learnt`, then: submitEmpty(`${data.group}/learnt`), label: 'who learnt what, with errors' },
    // Co-production: Anna leads a project, Ben's request waits.
    { path: `/n/${SLUG}/projects`, status: 200, label: 'projects' },
    { path: `/n/${SLUG}/projects/new`, status: 200, label: 'project form' },
    { path: `/n/${SLUG}/projects/new`, then: submitEmpty(`/n/${SLUG}/projects`), label: 'project form with errors' },
    { path: data.project, status: 200, then: openDetails, label: 'project as leader, a request pending, forms open' },
    { path: `${data.project}/checklist`, status: 200, label: 'co-production checklist, one point answered' },
    { path: `${data.project}/checklist`, then: async (page) => {
      await page.locator('ol.checklist form').nth(1).locator('button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error').count() > 0, true);
    }, label: 'co-production checklist, an answer missing' },
    { path: `${data.project}/meetings/new`, status: 200, label: 'meeting form' },
    { path: `${data.project}/meetings/new`, then: submitEmpty(`${data.project}/meetings`), label: 'meeting form with errors' },
    { path: data.meeting, status: 200, label: 'meeting with agenda, as leader' },
    { path: data.proposal, status: 200, then: openDetails, label: 'proposal open for votes, meeting form open' },
    { path: data.survey, status: 200, label: 'survey, open, as leader' },
    { path: `${data.survey}/enter`, status: 200, label: 'survey, typing in a paper answer' },
    { path: `${data.survey}/enter`, then: submitEmptyNoSummary(`${data.survey}/enter`), label: 'survey, typing in with errors' },
    { path: `${data.survey}/print`, status: 200, label: 'paper survey' },
    { path: `${data.survey}/print?lang=easy`, status: 200, label: 'paper survey, easy language' },
    { path: `${data.survey}/results`, status: 200, label: 'survey results' },
    // Leichte Sprache: Anna reviews for the club.
    { path: '/easy/reviews', status: 200, label: 'review queue' },
    { path: data.review, status: 200, label: 'review, calm view' },
  ],
  coordinator: () => [
    // The coordinator runs the city's association of clubs: its branches.
    { path: '/o/stadtverband-buergervereine/branches', status: 200, label: 'umbrella, its branches with figures' },
    { path: '/o/stadtverband-buergervereine/site/links', status: 200, label: 'umbrella, links' },
    { path: '/', status: 200 },
    { path: '/account', status: 200 },
    { path: '/n/lindenviertel', status: 200 },
    { path: '/n/lindenviertel/members', status: 200 },
    { path: '/n/lindenviertel/manage', status: 200 },
    { path: '/n/lindenviertel/manage/members', status: 200 },
    { path: '/n/lindenviertel/manage/codes', status: 200 },
    { path: '/n/lindenviertel/manage/help', status: 200 },
    { path: '/n/lindenviertel/manage/reviewers', status: 200 },
    { path: '/n/lindenviertel/manage/office', status: 200 },
    { path: '/n/lindenviertel/manage/log', status: 200 },
    // Digital mentors: Klaus waits for one, Ben mentors the club.
    { path: `/n/${SLUG}/mentoring/requests`, status: 200, label: 'mentoring requests, waiting' },
    { path: `/n/${SLUG}/mentoring/requests?status=paired`, status: 200, label: 'mentoring requests, ongoing' },
    { path: `/n/${SLUG}/mentoring/requests`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/), page.locator('main .requests li a').first().click()]);
      assert.equal(await page.locator('#f-mentor').count(), 1);
    }, label: 'mentoring, a request to pair' },
    { path: `/n/${SLUG}/mentoring/requests`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/), page.locator('main .requests li a').first().click()]);
      await page.locator('main form[action$="/pair"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'mentoring, pairing with errors' },
    { path: '/n/lindenviertel/manage/codes', then: async (page) => {
      await page.getByRole('region').filter({ has: page.locator('#f-count') }).locator('#f-count').fill('0');
      await page.locator('main form[action="/n/lindenviertel/manage/codes"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'manage with errors' },
    { path: data.batch, status: 200, label: 'postcards' },
    // The impact report: a period, its errors, the notice board's count
    // with an error, publishing asked first.
    { path: '/n/lindenviertel/impact', status: 200, label: 'impact report' },
    { path: '/n/lindenviertel/impact?preset=last_year', status: 200, label: 'impact report, last year' },
    { path: '/n/lindenviertel/impact?from=2026-12-01&to=2026-11-01', status: 422, label: 'impact report, end before start' },
    { path: '/n/lindenviertel/impact', then: async (page) => {
      await page.locator('#f-people').fill('-5');
      await page.locator('main form[action="/n/lindenviertel/impact/notice-board"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'impact report, notice board count with errors' },
    { path: '/n/lindenviertel/impact', then: async (page) => {
      await page.locator('main form[action^="/n/lindenviertel/impact/publish"] button').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('main form.confirm').count(), 1);
    }, label: 'impact report, publish asks first' },
    { path: data.impactReport, status: 200, label: 'published impact report, as coordinator' },
    { path: '/n/am-muehlbach', status: 200 },
    { path: `/n/${SLUG}/help`, status: 200 },
    { path: `/n/${SLUG}/help/new?kind=request`, status: 200, label: 'help form with "for whom"' },
    { path: `/n/${SLUG}/help/mine`, status: 200 },
    { path: data.onBehalf, status: 200, label: 'entry on behalf of someone' },
    { path: data.hidden, status: 200, label: 'hidden entry, as moderator' },
    { path: `/n/${SLUG}/moderation`, status: 200, then: openDetails },
    { path: '/inbox', status: 200 },
    { path: '/notifications', status: 200 },
    { path: '/account/thanks', status: 200 },
    // Organisations.
    { path: `/n/${SLUG}/organisations`, status: 200, label: 'organisations with a pending proposal' },
    { path: data.orgNews, status: 200, then: openDetails, label: 'organisation news, hide form open' },
    { path: data.event, status: 200, then: openDetails, label: 'event, hide form open' },
    { path: '/n/lindenviertel/manage/reviewers', then: async (page) => {
      await page.locator('#f-reviewer_email').fill('niemand@example.org');
      await page.locator('main form[action="/n/lindenviertel/manage/reviewers"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'manage, reviewer unknown' },
    { path: `/n/${SLUG}/aushang`, status: 200, label: 'notice board' },
    { path: `/n/${SLUG}/aushang?lang=easy`, status: 200, label: 'notice board, easy language' },
    { path: `/n/${SLUG}/aushang?size=large`, status: 200, label: 'notice board, large print' },
    // The census of the quarter's nonprofits.
    { path: `/n/${SLUG}/census`, status: 200, label: 'census' },
    { path: `/n/${SLUG}/census?q=verein&kind=civic&online=no`, status: 200, label: 'census, filtered' },
    { path: `/n/${SLUG}/census/new`, status: 200, label: 'census form' },
    { path: `/n/${SLUG}/census/new`, then: submitEmpty(`/n/${SLUG}/census`), label: 'census form with errors' },
    { path: `/n/${SLUG}/census/import`, status: 200, label: 'census import' },
    { path: `/n/${SLUG}/census/import`, then: async (page) => {
      await page.locator('#f-file').setInputFiles({ name: 'v.csv', mimeType: 'text/csv', buffer: Buffer.from('name,kind\nX,rowing\n') });
      await page.locator(`main form[action="/n/${SLUG}/census/import"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('#import-problems').count(), 1);
    }, label: 'census import with errors' },
    // Groups: not a member, but a moderator of the quarter.
    { path: data.group, status: 200, label: 'group, not a member' },
    { path: data.topic, status: 200, then: openDetails, label: 'topic, as moderator, hide form open' },
    // The network's business model.
    { path: `/n/${SLUG}/network`, status: 200, label: 'network overview, what needs attention' },
    { path: `/n/${SLUG}/network/partners`, status: 200, label: 'network partners' },
    { path: `/n/${SLUG}/network/partners/new`, status: 200, label: 'partner form' },
    { path: `/n/${SLUG}/network/partners/new`, then: submitEmpty(`/n/${SLUG}/network/partners`), label: 'partner form with errors' },
    { path: `/n/${SLUG}/network/partners`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/partners\/[0-9a-f-]{36}$/), page.locator('main tbody th a').first().click()]);
    }, label: 'outside partner, gains and pains form' },
    { path: `/n/${SLUG}/network/partners`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/partners\/[0-9a-f-]{36}$/), page.locator('main tbody th a').first().click()]);
      await page.locator('#f-hours').fill('viele');
      await page.locator('main form[action$="/gains"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'gains and pains with errors' },
    { path: `/n/${SLUG}/network/measures`, status: 200, label: 'network measures' },
    { path: `/n/${SLUG}/network/measures/new`, then: submitEmpty(`/n/${SLUG}/network/measures`), label: 'measure form with errors' },
    { path: `/n/${SLUG}/network/funding`, status: 200, label: 'network funding' },
    { path: `/n/${SLUG}/network/funding/new`, status: 200, label: 'funding form' },
    { path: `/n/${SLUG}/network/funding/new`, then: submitEmpty(`/n/${SLUG}/network/funding`), label: 'funding form with errors' },
    { path: `/n/${SLUG}/network/runway`, status: 200, label: 'runway chart' },
    { path: `/n/${SLUG}/network/balance`, status: 200, label: 'balance chart' },
    // Its business model canvas, shared with partners, in two versions.
    { path: `/n/${SLUG}/network/canvas`, status: 200, label: 'canvas, newest version' },
    { path: `/n/${SLUG}/network/canvas`, then: submitEmptyNoSummary(`/n/${SLUG}/network/canvas/versions/2/comments#comments`), label: 'canvas, empty comment' },
    { path: `/n/${SLUG}/network/canvas/history`, status: 200, label: 'canvas history' },
    { path: `/n/${SLUG}/network/canvas/versions/1`, status: 200, label: 'canvas, an old version' },
    { path: `/n/${SLUG}/network/canvas/print`, status: 200, label: 'canvas, print page' },
    { path: `/n/${SLUG}/network/canvas/edit`, status: 200, label: 'canvas form' },
    { path: `/n/${SLUG}/network/canvas/edit`, then: async (page) => {
      await page.locator('#f-social_value').fill('');
      await page.locator(`main form[action="/n/${SLUG}/network/canvas"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'canvas form with errors' },
  ],
  // The administrator of the demo club.
  organisation: () => [
    { path: `/n/${SLUG}/pool`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/pool\/[0-9a-f-]{36}$/), page.locator('main tbody th a', { hasText: 'Beamer' }).click()]);
      assert.equal(await page.locator('main tbody button[value="cancel"]').count(), 1);
    }, label: 'pool, own projector, booked' },
    // Digital mentors: Helga asked for the club; Ben mentors it.
    { path: `/n/${SLUG}/mentoring`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/), page.locator('#mine-h + ul a').first().click()]);
      assert.equal(await page.locator('.sessions li').count(), 1);
    }, label: 'mentoring, own pairing with a session' },
    { path: `/n/${SLUG}/mentoring`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/), page.locator('#mine-h + ul a').first().click()]);
      await page.locator('main form[action$="/sessions"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'mentoring, session with errors' },
    { path: `/n/${SLUG}/mentoring`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/), page.locator('#mine-h + ul a').first().click()]);
      await page.locator('main form[action$="/close"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'mentoring, closing with errors' },
    { path: `/n/${SLUG}/mentoring`, then: async (page) => {
      await Promise.all([page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/), page.locator('#mine-h + ul a').first().click()]);
      await page.locator('#f-helpful-yes').check();
      await page.locator('main form[action$="/close"] button[type="submit"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('form.confirm input[name="helpful"]').count(), 1);
    }, label: 'mentoring, closing asks first' },
    { path: `/o/${ORG}`, status: 200, then: openDetails, label: `/o/${ORG}, news form open` },
    { path: `/o/${ORG}`, then: newsImageError, label: `/o/${ORG}, news form, the image is no image` },
    { path: `/easy/organisation/${data.orgId}`, status: 200, then: openDetails, label: 'easy version, approved' },
    { path: `/easy/news/${data.newsId}`, status: 200, then: easyCheck, label: 'easy version, after "Text prüfen"' },
    { path: `/o/${ORG}/edit`, status: 200 },
    { path: `/o/${ORG}/edit`, then: async (page) => {
      await page.locator('#f-name').fill('');
      await page.locator(`main form[action="/o/${ORG}/edit"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'edit organisation with errors' },
    { path: `/o/${ORG}/members`, status: 200 },
    { path: `/o/${ORG}/log`, status: 200 },
    // The club's own website.
    { path: `/o/${ORG}/site`, status: 200, label: 'website, its pages' },
    { path: `/o/${ORG}/site/pages/new?kind=offer`, status: 200, label: 'website, new page' },
    { path: `/o/${ORG}/site/pages/new`, then: async (page) => {
      await page.locator(`main form[action="/o/${ORG}/site/pages"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'website, new page with errors' },
    { path: data.sitePageEdit, status: 200, label: 'website, edit a page' },
    { path: data.siteDraft, status: 200, label: 'website, a draft' },
    { path: `/o/${ORG}/site/messages`, status: 200, label: 'website, messages from the contact form' },
    { path: `/o/${ORG}/site/requests`, status: 200, label: 'website, requests to join' },
    { path: `/o/${ORG}/site/look`, status: 200, label: 'website, logo and colour' },
    { path: `/o/${ORG}/site/look`, then: async (page) => {
      await page.locator('#f-accent').fill('#ffff00');
      await page.locator(`main form[action="/o/${ORG}/site/look"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'website, too light a colour' },
    // Its umbrella, the city's association, which it agreed to.
    { path: `/o/${ORG}/site/links`, status: 200, label: 'website, umbrella and branches' },
    { path: `/o/${ORG}/site/links`, then: async (page) => {
      await page.locator(`main form[action="/o/${ORG}/site/links"] button[type="submit"]`).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1);
    }, label: 'website, a link without an address' },
    // Events.
    { path: `/o/${ORG}/events/new`, status: 200, label: 'organisation\'s event form' },
    { path: `/o/${ORG}/events/new`, then: badEventForm(`/o/${ORG}/events`), label: 'organisation\'s event form with errors' },
    { path: data.event, status: 200, label: 'event, as organiser' },
    { path: `${data.event}/edit`, status: 200, label: 'event, edit form' },
    { path: `${data.event}/attendees`, status: 200, label: 'attendees and waiting list' },
    { path: `${data.event}/attendees`, then: submitEmpty(`${data.event}/attendees/message`), label: 'attendees, empty message' },
    // Not a partner of the demo network: its pages are closed.
    { path: `/n/${SLUG}/network`, status: 403, label: 'network, not a partner' },
  ],
  operator: () => [
    { path: '/', status: 200 },
    { path: '/admin', status: 200 },
    { path: '/admin', then: submitEmpty('/admin/neighbourhoods'), label: 'admin with errors' },
    { path: '/admin/domains', status: 200, label: 'own domains of organisations' },
    { path: '/admin/domains', then: submitEmpty('/admin/domains'), label: 'own domains with errors' },
    { path: '/account', status: 200 },
    { path: '/n/lindenviertel', status: 200 },
    { path: '/n/am-muehlbach', status: 200 },
    { path: '/n/lindenviertel/manage' },
    { path: '/n/lindenviertel/impact', status: 200, label: 'impact report, as operator' },
    { path: `/n/${SLUG}/census`, status: 200, label: 'census, read only' },
  ],
};
const LOGINS = {
  resident: 'anna@example.org',
  coordinator: 'koordination@example.org',
  operator: 'admin@example.org',
  organisation: 'verein@example.org',
};

function describeViolations(violations) {
  return violations.map((v) => `    [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${JSON.stringify(n.target)}`).join('\n')}`).join('\n');
}

async function sweep(role) {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  if (LOGINS[role]) await login(page, LOGINS[role], undefined, { check: false });
  const problems = [];
  let checked = 0;
  let locale = 'de';
  await page.goto('/');
  for (const [next, high] of PASSES) {
    if (next !== locale || checked === 0) await switchLanguage(page, next);
    locale = next;
    await setDisplay(page, locale, { larger: false, high });
    const pass = `[${role} ${locale} ${high ? 'high' : 'normal'} contrast]`;
    for (const p of PAGES[role]()) {
      const label = `${pass} ${p.label ?? p.path}`;
      await page.setViewportSize({ width: 1280, height: 900 });
      const res = await page.goto(p.path);
      if (p.status !== undefined && res.status() !== p.status) {
        problems.push(`${label}: status ${res.status()}, expected ${p.status}`);
      }
      if (p.then) await p.then(page);
      const cls = await page.locator('html').getAttribute('class');
      assert.ok(cls.includes(high ? 'contrast-high' : 'contrast-normal'), `${label}: html class ${cls}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      checked += 1;
      if (results.violations.length) problems.push(`${label} (${page.url()}):\n${describeViolations(results.violations)}`);

      await page.setViewportSize({ width: 320, height: 640 });
      const w = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => {
            const r = document.createRange();
            r.selectNodeContents(e);
            const limit = document.documentElement.clientWidth + 0.5;
            return e.getBoundingClientRect().right > limit || r.getBoundingClientRect().right > limit;
          })
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ').join('.') : ''}`),
      }));
      if (w.scroll > w.client) problems.push(`${label}: scrolls sideways at 320px (${w.scroll} > ${w.client}): ${w.wide.join(', ')}`);
    }
  }
  // Leave the account as it was found.
  await setDisplay(page, locale, { larger: false, high: false });
  await switchLanguage(page, 'de');
  await context.close();
  if (problems.length) console.error(`\n${role}: ${problems.length} problem(s)\n${problems.join('\n')}`);
  assert.equal(problems.length, 0, `${role}: ${problems.length} accessibility problem(s) on ${checked} page checks:\n${problems.join('\n')}`);
  return checked;
}

// Two visitors at a time: each has its own browser context and account.
// Longest first, so that the two slots finish at about the same time.
const ORDER = ['resident', 'coordinator', 'anonymous', 'organisation', 'operator'];
describe('journey 6: accessibility of every page', { concurrency: 2 }, () => {
  assert.deepEqual([...ORDER].sort(), Object.keys(PAGES).sort(), 'every role is swept');
  for (const role of ORDER) {
    test(`every page as ${role}, in de, en and de-simple, normal and high contrast, 320px wide`, async (t) => {
      const checked = await sweep(role);
      t.diagnostic(`${checked} page checks`);
    });
  }
});
