// Journey 7: neighbourly help. Anna asks for help, Ben answers, they write to
// each other, Anna accepts Ben, marks it done and thanks him; Ben shows the
// thanks on his profile. The form's errors sit next to the fields. A report
// reaches the moderation; the coordinator hides the entry with a reason that
// Anna then sees. axe checks every page on the way.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import {
  expectAccessible, launchBrowser, loggedIn, press, visit,
} from '../lib/browser.mjs';
import { assertH1, fillHelpEntry as fillEntry, postHelpEntry } from '../lib/flows.mjs';

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
const ENTRY_URL = new RegExp(`/n/${SLUG}/help/[0-9a-f-]{36}(\\?notice=[a-z-]+)?$`);
const unique = () => Date.now().toString(36);

/** A logged-in page of its own for one demo person. */
const as = (email) => loggedIn(browser, server, email);

const mainNav = (page) => page.getByRole('navigation', { name: 'Hauptmenü' });

/** The number in the header's "Benachrichtigungen" link, 0 when there is none. */
async function unreadCount(page) {
  const link = mainNav(page).getByRole('link', { name: /^Benachrichtigungen/ });
  assert.equal(await link.count(), 1, 'the header links to the notifications');
  const name = (await link.innerText()).replace(/\s+/g, ' ').trim();
  const m = name.match(/^Benachrichtigungen (\d+) ungelesen$/);
  if (!m) {
    assert.equal(name, 'Benachrichtigungen', `header link reads "${name}"`);
    return 0;
  }
  assert.equal(await page.locator('.bell .count').count(), 1);
  return Number(m[1]);
}


test('journey 7: request, answer, conversation, accept, done, thanks on the profile', async () => {
  const title = `Katze füttern am Wochenende ${unique()}`;
  const anna = await as('anna@example.org');
  const a = anna.page;

  // Anna finds the help from her neighbourhood page and asks for help.
  await visit(a, `/n/${SLUG}`, { status: 200 });
  const countBefore = await unreadCount(a);
  await press(a, a.getByRole('main').getByRole('link', { name: 'Alle Anfragen und Angebote' }), new RegExp(`/n/${SLUG}/help$`));
  await assertH1(a, 'Nachbarschaftshilfe');
  await expectAccessible(a, 'help list');
  await press(a, a.getByRole('main').getByRole('link', { name: 'Ich brauche Hilfe' }), /\/help\/new\?kind=request$/);
  await assertH1(a, 'Ich brauche Hilfe');
  await expectAccessible(a, 'new request form');
  assert.equal(await a.getByLabel('Ich suche Hilfe (Gesuch)').isChecked(), true, 'the kind is preselected');
  await fillEntry(a, {
    category: 'Haustiere',
    title,
    body: 'Ich bin Samstag und Sonntag verreist. **Minka** braucht morgens und abends Futter.',
    urgency: 'Bald',
  });
  await press(a, a.getByRole('main').getByRole('button', { name: 'Veröffentlichen' }), ENTRY_URL);
  await assertH1(a, title);
  assert.match(await a.locator('.notice').innerText(), /veröffentlicht/);
  const kinds = await a.locator('.entry-kind .badge').allInnerTexts();
  assert.ok(kinds.includes('Gesuch') && kinds.includes('Haustiere') && kinds.includes('Bald'), `badges ${kinds}`);
  assert.equal(await a.locator('.prose strong').innerText(), 'Minka', 'simple formatting is rendered');
  assert.equal(await a.getByRole('region', { name: 'Wer sich gemeldet hat' }).getByText('Noch hat sich niemand gemeldet.').count(), 1);
  await expectAccessible(a, 'own new entry');
  const entryPath = new URL(a.url()).pathname;

  // Ben finds it by narrowing the list to the category and answers.
  const ben = await as('ben@example.org');
  const b = ben.page;
  await visit(b, `/n/${SLUG}/help`, { status: 200 });
  const filters = b.getByRole('group', { name: 'Auswahl eingrenzen' });
  await filters.getByLabel('Bereich').selectOption({ label: 'Haustiere' });
  await press(b, filters.getByRole('button', { name: 'Anzeigen' }), /category=pets/);
  await expectAccessible(b, 'help list filtered by category');
  const cards = b.getByRole('main').getByRole('article');
  assert.ok(await cards.count() >= 1);
  for (const badges of await cards.locator('.entry-kind').allInnerTexts()) {
    assert.match(badges, /Haustiere/, 'the filter shows only this category');
  }
  const card = b.getByRole('article', { name: title });
  assert.equal(await card.count(), 1, 'Anna\'s request is listed');
  await press(b, card.getByRole('link', { name: title }), ENTRY_URL);
  await assertH1(b, title);
  await expectAccessible(b, 'someone else\'s entry');
  const answer = b.getByRole('region', { name: 'Ich kann helfen' });
  await answer.getByLabel('Ihre Nachricht (freiwillig)').fill('Hallo Anna, ich wohne gegenüber und füttere Minka gern.');
  await press(b, answer.getByRole('button', { name: 'Ich kann helfen' }), /\/inbox\/[0-9a-f-]{36}$/);
  await assertH1(b, 'Gespräch mit Anna Schneider');
  assert.equal(await b.getByRole('main').getByRole('link', { name: title }).count(), 1, 'the conversation names the entry');
  assert.match(await b.locator('.messages').innerText(), /füttere Minka gern/);
  await expectAccessible(b, 'conversation opened by the answer');
  const conversationPath = new URL(b.url()).pathname;

  // Back on the entry Ben is led to the conversation, not to a second one.
  await visit(b, entryPath);
  assert.equal(await b.getByRole('link', { name: 'Zum Gespräch' }).getAttribute('href'), conversationPath);

  // Anna sees a number next to "Benachrichtigungen" and reads Ben's message.
  await a.reload();
  const now = await unreadCount(a);
  assert.ok(now > countBefore, `the header count went from ${countBefore} to ${now}`);
  await expectAccessible(a, 'entry with unread notifications');
  await press(a, mainNav(a).getByRole('link', { name: 'Nachrichten' }), /\/inbox$/);
  await assertH1(a, 'Nachrichten');
  await expectAccessible(a, 'inbox');
  const row = a.locator('li.unread', { hasText: title });
  assert.equal(await row.count(), 1, 'the new conversation is marked unread');
  await press(a, row.getByRole('link'), new RegExp(`${conversationPath}$`));
  await assertH1(a, 'Gespräch mit Ben Yılmaz');
  assert.match(await a.locator('.messages').innerText(), /füttere Minka gern/);
  await expectAccessible(a, 'conversation');
  await a.getByLabel('Nachricht', { exact: true }).fill('Danke, Ben! Der Schlüssel liegt beim Hausmeister.');
  await press(a, a.getByRole('main').getByRole('button', { name: 'Senden' }), new RegExp(`${conversationPath}#end$`));
  const mine = a.locator('.messages li.mine');
  assert.match(await mine.last().innerText(), /Schlüssel liegt beim Hausmeister/);
  await expectAccessible(a, 'conversation after replying');

  // The notifications page lists what happened and clears the count.
  await press(a, mainNav(a).getByRole('link', { name: /^Benachrichtigungen/ }), /\/notifications$/);
  await assertH1(a, 'Benachrichtigungen');
  assert.ok(await a.getByRole('link', { name: `Jemand hat sich gemeldet: ${title}` }).count() >= 1);
  await expectAccessible(a, 'notifications');
  await a.reload();
  assert.equal(await unreadCount(a), 0, 'looking at them marks them read');

  // Anna accepts Ben, marks it done and says thank you.
  // The notification leads to the conversation, the conversation to the entry.
  await press(a, a.getByRole('main').getByRole('link', { name: `Jemand hat sich gemeldet: ${title}` }).first(), new RegExp(`${conversationPath}$`));
  await press(a, a.getByRole('main').getByRole('link', { name: title }), new RegExp(`${entryPath}$`));
  const answers = a.getByRole('region', { name: 'Wer sich gemeldet hat' });
  await press(a, answers.getByRole('button', { name: /^Zusagen\s*:\s*Ben/ }), /notice=notice-accepted$/);
  assert.match(await a.locator('.notice').innerText(), /Zugesagt/);
  assert.equal(await a.locator('.entry-kind .status').innerText(), 'Vereinbart');
  assert.match(await a.locator('.facts').innerText(), /Vereinbart mit\s+Ben/);
  await expectAccessible(a, 'entry arranged');
  await press(a, a.getByRole('main').getByRole('button', { name: 'Als erledigt markieren' }), /notice=notice-done$/);
  assert.equal(await a.locator('.entry-kind .status').innerText(), 'Erledigt');
  await expectAccessible(a, 'entry done');
  const thanksText = `Tausend Dank, Ben – Minka war rundum zufrieden! ${unique()}`;
  const thanks = a.getByRole('region', { name: 'Dankeschön' });
  await thanks.getByLabel('Ihr Dankeschön').fill(thanksText);
  await press(a, thanks.getByRole('button', { name: 'Danke sagen' }), /notice=notice-thanked$/);
  assert.equal((await a.getByRole('region', { name: 'Dankeschön' }).locator('blockquote').innerText()).trim(), thanksText);
  await expectAccessible(a, 'entry thanked');

  // Ben was told, finds the thanks and shows it on his profile.
  await visit(b, '/');
  assert.ok(await unreadCount(b) >= 1, 'Ben has news');
  await visit(b, '/account');
  await press(b, b.getByRole('main').getByRole('link', { name: 'Mein Dankeschön' }), /\/account\/thanks$/);
  await assertH1(b, 'Mein Dankeschön');
  await expectAccessible(b, 'thanks');
  const item = b.getByRole('listitem').filter({ hasText: thanksText });
  assert.equal(await item.count(), 1);
  assert.match(await item.innerText(), /Anna Schneider/);
  await press(b, item.getByRole('button', { name: 'Auf meinem Profil zeigen' }), /\/account\/thanks\?notice=notice-saved$/);
  assert.equal(await b.getByRole('listitem').filter({ hasText: thanksText }).getByRole('button', { name: 'Nicht mehr zeigen' }).count(), 1);
  await expectAccessible(b, 'thanks shown');
  await visit(b, '/account');
  const profile = await b.getByRole('link', { name: 'Mein Profil ansehen' }).getAttribute('href');
  assert.match(profile, /^\/u\/[0-9a-f-]{36}$/);

  // Anyone in the quarter sees it there, Anna too.
  for (const p of [b, a]) {
    await visit(p, profile, { status: 200 });
    assert.equal(await p.getByRole('heading', { name: 'Dankeschön von Nachbarn' }).count(), 1);
    assert.equal((await p.locator('blockquote', { hasText: thanksText }).count()), 1, 'the thanks is on Ben\'s profile');
  }

  // A closed request is off the open list, and on Anna's own list.
  await visit(b, `/n/${SLUG}/help?category=pets`);
  assert.equal(await b.getByRole('article', { name: title }).count(), 0, 'done entries leave the list');
  await visit(a, `/n/${SLUG}/help/mine`, { status: 200 });
  assert.match(await a.getByRole('listitem').filter({ hasText: title }).innerText(), /Erledigt/);

  await ben.context.close();
  await anna.context.close();
});

test('journey 8: the help form shows errors next to the fields and keeps what was typed', async () => {
  const { context, page } = await as('anna@example.org');
  await visit(page, `/n/${SLUG}/help/new?kind=offer`, { status: 200 });
  await assertH1(page, 'Ich biete Hilfe an');
  assert.equal(await page.getByLabel('Ich biete Hilfe an (Angebot)').isChecked(), true);
  await fillEntry(page, {
    kind: 'Ich biete Hilfe an (Angebot)',
    category: 'Garten',
    title: '',
    body: 'Ich mähe gern Rasen.',
    date: '2020-03-01',
  });
  const res = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('main').getByRole('button', { name: 'Veröffentlichen' }).click(),
  ]);
  assert.equal(res[0].status(), 422, 'the form comes back as unprocessable');
  await page.waitForLoadState();
  assert.equal(new URL(page.url()).pathname, `/n/${SLUG}/help`);
  assert.equal(await page.locator('h1').innerText(), 'Ich biete Hilfe an', 'the same form comes back');

  const summary = page.getByRole('alert');
  assert.equal(await summary.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).count(), 1);
  for (const [field, label, message] of [
    ['title', 'Kurzer Titel', 'Der Titel muss mindestens 3 Zeichen lang sein.'],
    ['date', 'Datum', 'Das Datum liegt in der Vergangenheit.'],
  ]) {
    const input = page.getByLabel(label, { exact: true });
    assert.equal(await input.getAttribute('id'), `f-${field}`);
    assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
    assert.ok((await input.getAttribute('aria-describedby')).split(/\s+/).includes(`e-${field}`), `${field} is described by its error`);
    const error = page.locator(`.field.has-error #e-${field}`);
    assert.equal(await error.count(), 1, `the error for ${field} sits in the field's wrapper`);
    assert.equal(await page.locator('.field.has-error', { has: page.locator(`#f-${field}`) }).locator(`#e-${field}`).count(), 1);
    assert.equal((await error.innerText()).replace(/\s+/g, ' ').trim(), `Fehler: ${message}`);
    assert.equal(await summary.getByRole('link', { name: message }).getAttribute('href'), `#f-${field}`);
  }
  assert.equal(await page.locator('.field.has-error').count(), 2, 'only the two wrong fields are marked');
  // What was typed is still there.
  assert.equal(await page.getByLabel('Ich biete Hilfe an (Angebot)').isChecked(), true);
  assert.equal(await page.getByLabel('Bereich').inputValue(), 'garden');
  assert.equal(await page.getByLabel('Beschreibung (freiwillig)').inputValue(), 'Ich mähe gern Rasen.');
  assert.equal(await page.getByLabel('Datum', { exact: true }).inputValue(), '2020-03-01');
  await expectAccessible(page, 'help form with errors');

  // The summary's link takes the keyboard to the field.
  await summary.getByRole('link', { name: 'Der Titel muss mindestens 3 Zeichen lang sein.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-title');
  await context.close();
});

test('journey 9: a reported entry is hidden by the coordinator; the author sees why', async () => {
  // Anna offers something; Ben finds it inappropriate and reports it.
  const title = `Gebrauchte Möbel zu verkaufen ${unique()}`;
  const anna = await as('anna@example.org');
  const a = anna.page;
  const entryPath = await postHelpEntry(a, SLUG, {
    kind: 'Ich biete Hilfe an (Angebot)', category: 'Sonstiges', title, body: 'Sofa für 300 Euro.',
  });

  const ben = await as('ben@example.org');
  const b = ben.page;
  await visit(b, entryPath, { status: 200 });
  const report = b.locator('details.report');
  await report.getByText('Eintrag melden').click();
  assert.equal(await report.getAttribute('open'), '', 'the report form opens');
  await expectAccessible(b, 'entry with the report form open');
  const reason = 'Das ist ein Verkauf, keine Nachbarschaftshilfe.';
  await report.getByLabel('Begründung').fill(reason);
  await press(b, report.getByRole('button', { name: 'An die Moderation melden' }), /notice=notice-reported$/);
  assert.match(await b.locator('.notice').innerText(), /Moderation sieht sich das an/);
  await expectAccessible(b, 'entry reported');

  // The coordinator finds the report and hides the entry with a reason.
  const coord = await as('koordination@example.org');
  const c = coord.page;
  await visit(c, `/n/${SLUG}`, { status: 200 });
  await press(c, c.getByRole('link', { name: 'Meldungen ansehen' }), new RegExp(`/n/${SLUG}/moderation$`));
  await assertH1(c, 'Moderation');
  await expectAccessible(c, 'moderation with a report');
  const card = c.getByRole('region').filter({ hasText: reason });
  assert.equal(await card.count(), 1, 'the report is listed');
  assert.match(await card.getByRole('heading').innerText(), /^Eintrag: Anna Schneider$/);
  assert.match(await card.innerText(), /Gemeldet von Ben/);
  assert.match(await card.innerText(), new RegExp(title));
  assert.equal(await card.getByRole('link', { name: 'Eintrag öffnen' }).getAttribute('href'), entryPath);
  const why = 'Verkäufe gehören nicht in die Nachbarschaftshilfe. Bitte nutzen Sie das Schwarze Brett.';
  await card.getByLabel('Begründung für das Ausblenden').fill(why);
  await press(c, card.getByRole('button', { name: 'Ausblenden' }), /\/moderation\?notice=notice-hidden$/);
  assert.match(await c.locator('.notice').innerText(), /Ausgeblendet/);
  assert.equal(await c.getByRole('region').filter({ hasText: reason }).count(), 0, 'the report is closed');
  await expectAccessible(c, 'moderation after hiding');
  // The moderator still sees the entry, with the reason.
  await visit(c, entryPath, { status: 200 });
  assert.match(await c.locator('.warning').innerText(), new RegExp(why));

  // Others no longer see it.
  const gone = await b.goto(entryPath);
  assert.equal(gone.status(), 404);
  await expectAccessible(b, 'hidden entry, as a neighbour');

  // Anna is told and sees the reason on her entry.
  await visit(a, `/n/${SLUG}`);
  assert.ok(await unreadCount(a) >= 1);
  await press(a, mainNav(a).getByRole('link', { name: /^Benachrichtigungen/ }), /\/notifications$/);
  const notice = a.getByRole('listitem').filter({ hasText: 'Die Moderation hat etwas von Ihnen ausgeblendet' });
  assert.equal(await notice.count(), 1);
  await expectAccessible(a, 'notifications after hiding');
  await visit(a, `/n/${SLUG}/help/mine`, { status: 200 });
  const mine = a.getByRole('listitem').filter({ hasText: title });
  assert.match(await mine.innerText(), /ausgeblendet/);
  await press(a, mine.getByRole('link', { name: title }), ENTRY_URL);
  await assertH1(a, title);
  const warning = a.locator('.warning');
  assert.equal((await warning.innerText()).trim(), `Dieser Eintrag wurde von der Moderation ausgeblendet. Begründung: ${why}`);
  await expectAccessible(a, 'own hidden entry');

  // A resident cannot open the moderation page.
  const denied = await b.goto(`/n/${SLUG}/moderation`);
  assert.equal(denied.status(), 403);
  await expectAccessible(b, 'moderation, as a resident');

  await coord.context.close();
  await ben.context.close();
  await anna.context.close();
});
