// Journey 13: Leichte Sprache for the club's profile. Its administrator
// writes the easy version, lets the checker find a hard sentence, saves and
// asks for a review; she appoints a reviewer, who finds the request from
// the notifications and marks a sentence he did not understand; she sees
// his note, rewrites the sentence and asks again; he approves; a reader who
// chose Leichte Sprache sees the version with its badge.
// Journey 14: the coordination prints the week's notice board: no header or
// footer on paper, the open help without anybody's name, and how to answer
// without the internet. axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import {
  checkPage as check, launchBrowser, loggedIn, press, switchLanguage,
} from '../lib/browser.mjs';
import { assertH1 } from '../lib/flows.mjs';

const SLUG = 'lindenviertel';
const ORG = 'buergerverein-lindenviertel';
const REVIEWER = 'klaus.wagner@example.org';

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

test('journey 13: an easy-language profile, checked by a reader from the target group', async () => {
  const title = 'Der Bürger·verein';
  const hard = 'Der Bürgerverein, der seit 1952 existiert, wird von ehrenamtlich engagierten Anwohnerinnen und Anwohnern getragen, '
    + 'die sich für Straßenfeste, Seniorennachmittage und Baumscheibenpatenschaften einsetzen.';
  const unclear = 'Wir kümmern uns um Baum·scheiben.';
  const first = ['Wir sind ein Verein im Linden·viertel.', 'Den Verein gibt es seit 1952.', unclear, 'Wir machen ein Straßen·fest.'];

  // The administrator opens the editor from the club's page.
  const club = await as('verein@example.org');
  const v = club.page;
  await v.goto(`/o/${ORG}`);
  await press(v, main(v).getByRole('link', { name: 'Leichte Sprache: Text schreiben oder prüfen lassen' }), /\/easy\/organisation\/[0-9a-f-]{36}$/);
  const editor = new URL(v.url()).pathname;
  await assertH1(v, 'Text in Leichter Sprache');
  assert.match(await main(v).getByRole('region', { name: 'Text in Alltagssprache' }).innerText(), /Seit 1952/, 'the standard text stands beside the form');
  await check(v, 'easy editor, empty');

  // First draft: one long sentence. The checker says so.
  const form = main(v).getByRole('region', { name: 'Ihre Fassung in Leichter Sprache' });
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Text in Leichter Sprache').fill(hard);
  await press(v, form.getByRole('button', { name: 'Text prüfen' }), (u) => u.pathname === editor);
  // Its hints stand next to the text they concern, and the field names them.
  const body = main(v).getByLabel('Text in Leichter Sprache');
  const hints = main(v).locator('#c-body');
  assert.match(await hints.innerText(), /Langer Satz/, 'the checker finds the long sentence');
  assert.match(await body.getAttribute('aria-describedby'), /\bc-body\b/, 'the field is described by its hints');
  assert.equal(await form.getByLabel('Text in Leichter Sprache').inputValue(), hard, 'the text is kept');
  await check(v, 'easy editor, hints');

  // Rewritten in short sentences, saved, and sent to the reviewers.
  await form.getByLabel('Text in Leichter Sprache').fill(first.join('\n'));
  await press(v, form.getByRole('button', { name: 'Speichern', exact: true }), /notice=notice-saved$/);
  assert.match(await main(v).innerText(), /Entwurf/);
  await press(v, form.getByRole('button', { name: 'Speichern und prüfen lassen' }), /notice=notice-review-requested$/);
  assert.match(await v.locator('.notice').first().innerText(), /Prüferinnen und Prüfer sehen den Text jetzt/);
  assert.match(await main(v).innerText(), /Wartet auf Prüfung/);

  // She appoints a reviewer from the quarter for her club.
  await v.goto(`/o/${ORG}/members`);
  const reviewers = main(v).getByRole('region', { name: 'Prüferinnen und Prüfer für Leichte Sprache' });
  await reviewers.getByLabel('E-Mail-Adresse der Prüferin oder des Prüfers').fill(REVIEWER);
  await press(v, reviewers.getByRole('button', { name: 'Als Prüfer:in eintragen' }), /notice=notice-saved$/);
  assert.match(await reviewers.innerText(), /Klaus Wagner/);
  await check(v, 'organisation members with a reviewer');

  // The reviewer finds the text from his notifications and reads it calmly.
  const reviewer = await as(REVIEWER);
  const r = reviewer.page;
  await r.goto('/notifications');
  await check(r, 'notifications, a text waits');
  await press(r, main(r).getByRole('link', { name: /wartet auf Ihre Prüfung|warten auf Ihre Prüfung/ }), /\/easy\/reviews$/);
  await assertH1(r, 'Texte prüfen');
  await check(r, 'review queue');
  await press(r, main(r).getByRole('link', { name: title }), /\/easy\/reviews\/[0-9a-f-]{36}$/);
  const reviewPath = new URL(r.url()).pathname;
  await assertH1(r, title);
  const boxes = main(r).getByRole('group', { name: 'Die Sätze des Textes' }).getByRole('checkbox');
  assert.equal(await boxes.count(), first.length, 'one check box per sentence');
  await check(r, 'review, calm view');
  // Sending back without saying why is caught.
  await press(r, main(r).getByRole('button', { name: 'Zurück an die Schreiberin oder den Schreiber' }), (u) => u.pathname === reviewPath);
  assert.match(await r.locator('.error-summary').innerText(), /Bitte setzen Sie einen Haken/);
  await check(r, 'review with errors');
  await main(r).getByLabel(`Diesen Satz verstehe ich nicht: ${unclear}`).check();
  await main(r).getByLabel('Ihre Anmerkung (freiwillig)').fill('Was ist eine Baum·scheibe?');
  await press(r, main(r).getByRole('button', { name: 'Zurück an die Schreiberin oder den Schreiber' }), /\/easy\/reviews\?notice=notice-saved$/);
  assert.match(await main(r).innerText(), /Zurzeit wartet kein Text auf Sie\./);

  // The author sees which sentence and why, rewrites it and asks again.
  await v.goto(editor);
  const note = main(v).getByRole('region', { name: 'Das haben die Prüfer:innen nicht verstanden' });
  assert.match(await note.innerText(), new RegExp(`„${unclear.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}“`));
  assert.match(await note.innerText(), /Was ist eine Baum·scheibe\?/);
  assert.match(await main(v).innerText(), /Bitte überarbeiten/);
  await check(v, 'easy editor, sent back');
  const second = first.map((s) => (s === unclear ? 'Wir pflanzen Blumen um die Bäume an der Straße.' : s));
  await form.getByLabel('Text in Leichter Sprache').fill(second.join('\n'));
  await press(v, form.getByRole('button', { name: 'Speichern und prüfen lassen' }), /notice=notice-review-requested$/);

  // The reviewer understands everything now.
  await r.goto('/easy/reviews');
  await press(r, main(r).getByRole('link', { name: title }), (u) => u.pathname === reviewPath);
  assert.match(await main(r).innerText(), /Blumen um die Bäume/);
  await press(r, main(r).getByRole('button', { name: 'Ich habe alles verstanden' }), /\/easy\/reviews\?notice=notice-saved$/);
  await reviewer.context.close();

  await v.goto(editor);
  assert.equal(await main(v).locator('.badge.checked').innerText(), 'Von Leserinnen und Lesern geprüft');
  await club.context.close();

  // A reader who chose Leichte Sprache sees the checked version.
  const reader = await as('anna@example.org');
  const a = reader.page;
  await a.goto(`/o/${ORG}`);
  assert.equal(await a.locator('main section.easy').count(), 0, 'in standard German there is no easy block');
  await switchLanguage(a, 'de-simple');
  const easy = main(a).locator('section.easy');
  assert.equal(await easy.getByRole('heading', { level: 2 }).innerText(), title);
  assert.match(await easy.innerText(), /Blumen um die Bäume/);
  assert.doesNotMatch(await easy.innerText(), /Baum·scheiben/);
  assert.match(await easy.locator('.badge.checked').innerText(), /geprüft/);
  await check(a, 'organisation in Leichte Sprache');
  // Where there is no easy version yet, she is told so.
  await a.goto(await main(a).locator('article.news h3 a').first().getAttribute('href'));
  assert.equal(await a.locator('main section.easy').count(), 0);
  assert.match(await main(a).locator('.notice').first().innerText(), /Leichte Sprache|Leichter Sprache/);
  await check(a, 'news in Leichte Sprache, no easy version');
  await switchLanguage(a, 'de');
  await reader.context.close();
});

test('journey 14: the printed notice board names nobody and says how to answer', async () => {
  const office = 'Nachbarschaftsbüro, Lindenplatz 4, Telefon 030 1234567 (dienstags 10–12 Uhr)';
  const c = await as('koordination@example.org');
  const p = c.page;
  await p.goto(`/n/${SLUG}/manage/office`);
  const board = main(p).getByRole('region', { name: 'Aushang zum Ausdrucken' });
  await board.getByLabel('So antworten Menschen ohne Internet').fill(office);
  await press(p, board.getByRole('button', { name: 'Kontakt für den Aushang speichern' }), /notice=notice-saved$/);
  assert.equal(await main(p).getByLabel('So antworten Menschen ohne Internet').inputValue(), office, 'the office contact is saved');
  await press(p, main(p).getByRole('link', { name: 'Aushang ansehen und drucken' }), new RegExp(`/n/${SLUG}/aushang$`));
  await assertH1(p, 'Aushang zum Ausdrucken');
  await check(p, 'notice board');

  const sheet = p.locator('article.aushang');
  const helpList = sheet.getByRole('region', { name: 'Gesuche und Angebote' }).locator('.aushang-list > li');
  assert.ok(await helpList.count() > 0, 'the sheet lists open help');
  const names = [
    'Anna Schneider', 'Ben Yılmaz', 'Petra Lehmann', 'Helga Brandt', 'Gertrud', 'Klaus Wagner', 'Fatma Demir',
    'Jonas Becker', 'Marie Schulz', 'Sabine Wolf', 'Thomas Richter', 'Lena Fischer',
  ];
  const paper = async () => {
    await p.emulateMedia({ media: 'print' });
    assert.equal(await p.locator('header.site-header').isVisible(), false, 'no site header on paper');
    assert.equal(await p.locator('footer.site-footer').isVisible(), false, 'no site footer on paper');
    assert.equal(await p.locator('main .no-print').first().isVisible(), false, 'no form on paper');
    assert.equal(await sheet.isVisible(), true, 'the sheet is printed');
    const text = await sheet.innerText();
    assert.ok(text.includes(office), 'the sheet says how to answer without the internet');
    for (const name of names) assert.ok(!text.includes(name), `the sheet names ${name}`);
    await p.emulateMedia({ media: 'screen' });
    return text;
  };
  const standard = await paper();
  assert.match(standard, /Gesuche und Angebote/);

  // The same week in Leichte Sprache.
  await main(p).getByLabel('Sprache').selectOption({ label: 'Leichte Sprache' });
  await press(p, main(p).getByRole('button', { name: 'Aushang zeigen' }), /lang=easy/);
  await check(p, 'notice board, easy language');
  const easy = await paper();
  assert.notEqual(easy, standard, 'the easy sheet has its own words');
  await c.context.close();
});

test('the coordination appoints a reviewer for the quarter', async () => {
  const c = await as('koordination@example.org');
  const p = c.page;
  await p.goto(`/n/${SLUG}/manage/reviewers`);
  const section = main(p).getByRole('region', { name: 'Prüferinnen und Prüfer für Leichte Sprache' });
  await section.getByLabel('E-Mail-Adresse der Prüferin oder des Prüfers').fill('ben@example.org');
  await section.getByRole('button', { name: 'Als Prüfer:in eintragen' }).click();
  await p.waitForLoadState();
  try {
    assert.match(p.url(), /\/manage\/reviewers\?notice=notice-saved$/, 'the reviewer is saved');
    assert.match(await main(p).getByRole('region', { name: 'Prüferinnen und Prüfer für Leichte Sprache' }).innerText(), /Ben Yılmaz/);
    const ben = await as('ben@example.org');
    const res = await ben.page.goto('/easy/reviews');
    assert.equal(res.status(), 200, 'Ben may open the review queue');
    await ben.context.close();
  } finally {
    await c.context.close();
  }
});
