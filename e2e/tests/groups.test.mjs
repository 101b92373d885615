// Journey 12: a learning group by request. Anna founds it (its topic is
// asked for), Ben asks to join and she confirms him, Ben opens a topic on
// the board and Anna answers; Ben shares a booklet and Anna writes down
// what he learnt, which he is told. Plus: the club posts news with a picture and its description.
// axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';
import {
  checkPage as check, launchBrowser, loggedIn, newContext, press,
} from '../lib/browser.mjs';
import { assertH1 } from '../lib/flows.mjs';
import { tinyPng } from '../lib/png.mjs';

const SLUG = 'lindenviertel';
const ORG = 'buergerverein-lindenviertel';

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
const GROUP_URL = /\/groups\/[0-9a-f-]{36}(\?notice=[a-z-]+)?$/;

test('journey 12: a group by request, a confirmed member, a topic and a reply', async () => {
  const name = `Smartphone-Treff ${Date.now().toString(36)}`;
  const topic = 'Wie mache ich ein Foto vom Bildschirm?';

  // Anna founds the group.
  const anna = await as('anna@example.org');
  const a = anna.page;
  await a.goto(`/n/${SLUG}/groups`);
  await press(a, main(a).getByRole('link', { name: 'Gruppe gründen' }), new RegExp(`/n/${SLUG}/groups/new$`));
  await main(a).getByLabel('Name der Gruppe').fill(name);
  await main(a).getByLabel('Beschreibung').fill('Wir üben jeden Dienstag um 15 Uhr im Nachbarschaftstreff.');
  await main(a).getByRole('group', { name: 'Art der Gruppe' }).getByLabel(/^Lerngruppe/).check();
  await main(a).getByRole('group', { name: 'Wer kann beitreten?' }).getByLabel(/^Auf Anfrage/).check();
  // A learning group says what it learns: without, the form asks for it.
  await press(a, main(a).getByRole('button', { name: 'Gruppe gründen' }), new RegExp(`/n/${SLUG}/groups$`));
  assert.equal(await main(a).getByLabel('Lernthema').getAttribute('aria-invalid'), 'true');
  assert.match(await a.locator('.error-summary').innerText(), /was die Lerngruppe lernt/);
  await check(a, 'group form, learning group without a topic');
  await main(a).getByLabel('Lernthema').fill('Fotos und Videoanrufe mit dem Smartphone');
  await main(a).getByLabel('Wann und wo Sie sich treffen').fill('Dienstags um 15 Uhr im Nachbarschaftstreff');
  await press(a, main(a).getByRole('button', { name: 'Gruppe gründen' }), GROUP_URL);
  await assertH1(a, name);
  const groupPath = new URL(a.url()).pathname;
  assert.match(await main(a).innerText(), /Sie verwalten diese Gruppe\./);
  await check(a, 'new group, as admin');

  // Ben finds it, may not read the board yet, and asks to join.
  const ben = await as('ben@example.org');
  const b = ben.page;
  await b.goto(`/n/${SLUG}/groups`);
  const card = main(b).getByRole('article', { name });
  assert.match(await card.innerText(), /Auf Anfrage/);
  await press(b, card.getByRole('link', { name }), (u) => u.pathname === groupPath);
  assert.match(await main(b).innerText(), /Die Pinnwand dieser Gruppe lesen nur Mitglieder\./);
  await check(b, 'group, not a member');
  await press(b, main(b).getByRole('button', { name: 'Beitritt anfragen' }), GROUP_URL);
  assert.match(await main(b).innerText(), /Sie haben angefragt\./);
  assert.equal(await main(b).getByRole('button', { name: 'Neues Thema' }).count(), 0);

  // Anna confirms him.
  await a.reload();
  const requests = main(a).getByRole('region', { name: /^\d+ Mitglied/ });
  assert.match(await requests.innerText(), /Anfragen[\s\S]*Ben Yılmaz/);
  await check(a, 'group with a request');
  await press(a, main(a).getByRole('button', { name: /^Bestätigen\W+Ben Yılmaz$/ }), GROUP_URL);
  assert.equal(await main(a).getByRole('heading', { name: 'Anfragen' }).count(), 0, 'no request is left');
  assert.equal(await main(a).locator('.people a', { hasText: 'Ben Yılmaz' }).count(), 1, 'Ben is a member');

  // Ben opens a topic.
  await b.reload();
  assert.match(await main(b).innerText(), /Sie sind Mitglied\./);
  await main(b).locator('details summary', { hasText: 'Neues Thema' }).click();
  await main(b).getByLabel('Kurzer Titel').fill(topic);
  await main(b).getByLabel('Nachricht').fill('Ich möchte meiner Enkelin zeigen, was ich auf dem Handy sehe.');
  await press(b, main(b).getByRole('button', { name: 'Thema veröffentlichen' }), /\/topics\/[0-9a-f-]{36}\?notice=notice-posted$/);
  await assertH1(b, topic);
  const topicPath = new URL(b.url()).pathname;
  await check(b, 'new topic');

  // Anna finds it on the board and answers.
  await a.goto(groupPath);
  await press(a, main(a).getByRole('link', { name: topic }), (u) => u.pathname === topicPath);
  await main(a).getByLabel('Ihre Antwort').fill('Beide Tasten gleichzeitig drücken. Ich zeige es am Dienstag.');
  await press(a, main(a).getByRole('button', { name: 'Antworten' }), /notice=notice-posted/);
  const posts = main(a).locator('ol.messages > li');
  assert.equal(await posts.count(), 2);
  assert.match(await posts.nth(1).innerText(), /Anna Schneider[\s\S]*Beide Tasten gleichzeitig/);
  await check(a, 'topic with a reply');

  await b.reload();
  assert.match(await main(b).locator('ol.messages').innerText(), /Beide Tasten gleichzeitig/, 'Ben reads the answer');

  // Ben shares a booklet with the group.
  await b.goto(groupPath);
  const learning = main(b).getByRole('region', { name: 'Gemeinsam lernen' });
  assert.match(await learning.innerText(), /Fotos und Videoanrufe mit dem Smartphone[\s\S]*Dienstags um 15 Uhr/);
  await press(b, learning.getByRole('link', { name: /^Alles Lernmaterial/ }), (u) => u.pathname === `${groupPath}/materials`);
  await main(b).locator('summary', { hasText: 'Material teilen' }).click();
  await main(b).getByLabel('Titel').fill('Heft: Fotos vom Bildschirm');
  await main(b).getByLabel('Internetadresse (freiwillig)').fill('https://example.org/bildschirmfoto.pdf');
  await press(b, main(b).getByRole('button', { name: 'Material teilen' }), /notice=notice-material-added$/);
  assert.equal(await main(b).getByRole('link', { name: 'Heft: Fotos vom Bildschirm' }).getAttribute('href'), 'https://example.org/bildschirmfoto.pdf');
  await check(b, 'learning materials with one shared');

  // Anna writes down what Ben learnt; Ben is told and reads it.
  await a.goto(`${groupPath}/learnt`);
  await main(a).getByLabel('Wer hat es gelernt?').selectOption({ label: 'Ben Yılmaz' });
  await main(a).getByLabel('Was wurde gelernt?').fill('Ben macht Fotos vom Bildschirm.');
  await press(a, main(a).getByRole('button', { name: 'Aufschreiben' }), /notice=notice-learnt-recorded$/);
  assert.match(await main(a).locator('tbody').innerText(), /Ben Yılmaz\s+Ben macht Fotos vom Bildschirm\./);
  await check(a, 'who learnt what, one entry');
  await b.goto('/notifications');
  assert.match(await main(b).innerText(), /Eine Lerngruppe hat aufgeschrieben, was Sie gelernt haben/);
  await b.goto(`${groupPath}/learnt`);
  assert.match(await main(b).locator('tbody').innerText(), /aufgeschrieben von Anna Schneider/);
  await check(b, 'who learnt what, as the learner');
  await anna.context.close();
  await ben.context.close();
});

test('journey 12b: news with a picture and its description', async () => {
  const title = `Neue Bänke am Lindenplatz ${Date.now().toString(36)}`;
  const alt = 'Drei grüne Holzbänke unter einer Linde';
  const club = await as('verein@example.org');
  const v = club.page;
  await v.goto(`/o/${ORG}`);
  const news = main(v).getByRole('region', { name: 'Neuigkeiten' });
  await news.locator('summary', { hasText: 'Neuigkeit schreiben' }).click();
  await news.getByLabel('Kurzer Titel').fill(title);
  await news.getByLabel('Text', { exact: true }).fill('Seit Montag stehen am Lindenplatz drei neue Bänke.');
  await news.getByLabel('Bild (freiwillig)').setInputFiles({ name: 'baenke.png', mimeType: 'image/png', buffer: tinyPng(40, 30) });

  // Without a description the picture is refused, next to the field.
  await press(v, news.getByRole('button', { name: 'Veröffentlichen' }), new RegExp(`/o/${ORG}/news$`));
  const altField = main(v).getByLabel('Was ist auf dem Bild zu sehen?');
  assert.equal(await altField.getAttribute('aria-invalid'), 'true');
  assert.match(await v.locator('.error-summary').innerText(), /Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist\./);
  assert.equal(await main(v).getByLabel('Kurzer Titel').inputValue(), title, 'the title is kept');
  await check(v, 'news form, picture without description');

  // A file input cannot be refilled by the server: choose the picture again.
  await main(v).getByLabel('Bild (freiwillig)').setInputFiles({ name: 'baenke.png', mimeType: 'image/png', buffer: tinyPng(40, 30) });
  await altField.fill(alt);
  await press(v, main(v).getByRole('button', { name: 'Veröffentlichen' }), /\/news\/[0-9a-f-]{36}\?notice=notice-posted$/);
  await assertH1(v, title);
  const newsPath = new URL(v.url()).pathname;
  await club.context.close();

  // A visitor sees the picture with its description.
  const visitor = await newContext(browser, server);
  const p = await visitor.newPage();
  await p.goto(newsPath);
  const img = main(p).locator('figure.news-image img');
  assert.equal(await img.getAttribute('alt'), alt);
  assert.equal(await main(p).getByRole('img', { name: alt }).count(), 1, 'the picture is named by its description');
  const size = await img.evaluate((el) => (el.complete ? { w: el.naturalWidth, h: el.naturalHeight } : null));
  assert.deepEqual(size, { w: 40, h: 30 }, 'the picture loads at its size');
  const res = await p.request.get(await img.getAttribute('src'));
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'], /^image\/(png|jpeg)$/);
  assert.equal(res.headers()['x-content-type-options'], 'nosniff');
  await check(p, 'news with a picture');
  await visitor.close();
});
