// Journey 19: co-production. Anna starts a project and leads it, invites
// Ben, Ben accepts on the project page as a relative, Anna proposes moving
// on to the next phase, both vote, the vote closes by the server's clock,
// the proposal is decided and the project moves to "Umsetzen".
// axe on every page, nothing scrolls sideways at 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CLOCK_START, startServer } from '../lib/server.mjs';
import { checkPage as check, launchBrowser, loggedIn, press } from '../lib/browser.mjs';
import { assertH1 } from '../lib/flows.mjs';

const SLUG = 'lindenviertel';

let server;
let browser;
// The server's clock starts at CLOCK_START and runs with real time from
// about when it started; `serverNow` errs on the early side.
let startedAt;
const serverNow = () => new Date(Date.parse(CLOCK_START) + (Date.now() - startedAt));

before(async () => {
  startedAt = Date.now();
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (email) => loggedIn(browser, server, email, { check: false });
const main = (page) => page.getByRole('main');
const PROJECT_URL = /\/projects\/[0-9a-f-]{36}(\?notice=[a-z-]+)?(#[a-z-]+)?$/;
const PROPOSAL_URL = /\/proposals\/[0-9a-f-]{36}(\?notice=[a-z-]+)?(#[a-z-]+)?$/;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Date and minute in Berlin of `d`, for the form's date and time fields. */
function berlin(d) {
  const date = d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
  const time = d.toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });
  return { date, time };
}

test('journey 19: start a project, invite, accept, propose, vote, decide, move a phase', async () => {
  const title = `Unser Café im Treff ${Date.now().toString(36)}`;

  // Anna starts the project; she is its first participant and leads it.
  const anna = await as('anna@example.org');
  const a = anna.page;
  await a.goto(`/n/${SLUG}`);
  await press(a, a.getByRole('navigation', { name: /Lindenviertel/ }).getByRole('link', { name: 'Projekte' }), new RegExp(`/n/${SLUG}/projects$`));
  await check(a, 'projects');
  await press(a, main(a).getByRole('link', { name: 'Projekt starten' }), new RegExp(`/n/${SLUG}/projects/new$`));
  // Without a goal the form says so next to the field and keeps the title.
  await main(a).getByLabel('Kurzer Titel').fill(title);
  await press(a, main(a).getByRole('button', { name: 'Projekt starten' }), new RegExp(`/n/${SLUG}/projects$`));
  assert.equal(await main(a).getByLabel('Unser gemeinsames Ziel').getAttribute('aria-invalid'), 'true');
  assert.equal(await main(a).getByLabel('Kurzer Titel').inputValue(), title);
  await check(a, 'project form with errors');
  await main(a).getByLabel('Unser gemeinsames Ziel').fill('Ein Café im Nachbarschaftstreff, das wir selbst führen.');
  await main(a).getByLabel('Meine Rolle im Projekt').selectOption({ label: 'Nutzer*in' });
  await press(a, main(a).getByRole('button', { name: 'Projekt starten' }), PROJECT_URL);
  await assertH1(a, title);
  const projectPath = new URL(a.url()).pathname;
  assert.match(await main(a).innerText(), /Sie leiten das Projekt mit\./);
  assert.match(await main(a).locator('[aria-current=step]').innerText(), /Planen/);
  await check(a, 'new project, as leader');

  // She invites Ben.
  await main(a).getByLabel('Eine Person aus dem Quartier einladen').selectOption({ label: 'Ben Yılmaz' });
  await press(a, main(a).getByRole('button', { name: 'Einladen' }), /notice=notice-invited/);
  assert.match(await main(a).getByRole('region', { name: /Person/ }).innerText(), /Eingeladen[\s\S]*Ben Yılmaz/);

  // Ben finds the invitation on the project page and accepts as a relative.
  const ben = await as('ben@example.org');
  const b = ben.page;
  await b.goto(projectPath);
  assert.match(await main(b).innerText(), /Sie sind eingeladen, mitzumachen\./);
  await check(b, 'project, invited');
  await main(b).getByLabel('Meine Rolle im Projekt').selectOption({ label: 'Angehörige*r' });
  await press(b, main(b).getByRole('button', { name: 'Einladung annehmen' }), /notice=notice-project-joined/);
  assert.match(await main(b).innerText(), /Sie machen mit\./);
  const people = await main(b).getByRole('region', { name: /2 Personen machen mit/ }).innerText();
  assert.match(people, /Anna Schneider[\s\S]*Nutzer\*in/);
  assert.match(people, /Ben Yılmaz[\s\S]*Angehörige\*r/);
  assert.match(people, /1 von 2 \(50 %\)/);

  // Anna proposes moving on to carrying out; the vote closes in about a minute.
  const closes = new Date(serverNow().getTime() + 75_000);
  closes.setUTCSeconds(0, 0);
  const { date, time } = berlin(closes);
  await a.reload();
  await main(a).locator('summary', { hasText: 'Vorschlag machen' }).click();
  await main(a).getByRole('group', { name: 'Worum geht es?' }).getByLabel('Weiter zur nächsten Phase').check();
  await main(a).getByLabel('Kurzer Titel').fill('Wir fangen an');
  await main(a).getByLabel('Ihr Vorschlag').fill('Wir haben genug geplant. Ab Januar öffnet das Café dienstags.');
  await main(a).getByRole('group', { name: 'Wie wird entschieden?' }).getByLabel('Einfache Mehrheit').check();
  await main(a).getByLabel('Abstimmung endet am').fill(date);
  await main(a).getByLabel('um', { exact: true }).fill(time);
  await check(a, 'project, proposal form open');
  await press(a, main(a).getByRole('button', { name: 'Vorschlag zur Abstimmung stellen' }), PROPOSAL_URL);
  await assertH1(a, 'Wir fangen an');
  const proposalPath = new URL(a.url()).pathname;
  assert.match(await main(a).innerText(), /Einfache Mehrheit: Angenommen, wenn es mehr Ja- als Nein-Stimmen gibt\./);

  // Each votes once.
  await main(a).getByRole('group', { name: 'Meine Stimme' }).getByLabel('Ja').check();
  await press(a, main(a).getByRole('button', { name: /^Stimme abgeben/ }), /notice=notice-voted/);
  assert.equal(await main(a).getByRole('button', { name: /^Stimme abgeben/ }).count(), 0, 'one vote each');
  await check(a, 'proposal, voted');
  await b.goto(proposalPath);
  await main(b).getByRole('group', { name: 'Meine Stimme' }).getByLabel('Ja').check();
  await press(b, main(b).getByRole('button', { name: /^Stimme abgeben/ }), /notice=notice-voted/);
  assert.match(await main(b).innerText(), /2 von 2 Mitwirkenden haben abgestimmt\./);
  const record = await main(b).getByRole('region', { name: 'Wer wie abgestimmt hat' }).innerText();
  assert.match(record, /Anna Schneider\s+Ja\s+selbst, auf der Plattform/);

  // The vote closes by the server's clock; the next look decides it.
  while (serverNow() < new Date(closes.getTime() + 3_000)) await sleep(1_000);
  let outcome = '';
  for (let i = 0; i < 30 && !/Angenommen/.test(outcome); i += 1) {
    await b.reload();
    outcome = await main(b).locator('#outcome').innerText().catch(() => '');
    if (!/Angenommen/.test(outcome)) await sleep(1_000);
  }
  assert.match(outcome, /Ergebnis: Angenommen/);
  await check(b, 'proposal, decided');

  // The project has moved on, for everyone.
  await a.goto(projectPath);
  assert.match(await main(a).locator('[aria-current=step]').innerText(), /Umsetzen/);
  assert.match(await main(a).getByRole('region', { name: 'Vorschläge' }).innerText(), /Wir fangen an[\s\S]*Angenommen/);
  await check(a, 'project, second phase');
  await a.goto('/notifications');
  assert.match(await main(a).innerText(), /Über einen Vorschlag ist entschieden/);

  await anna.context.close();
  await ben.context.close();
});

// Journey 19b: checking. Anna writes an evaluation survey (three faces,
// yes or no, free text, each with its easy-language version) and opens
// it; Ben, who uses the service, answers it once; Anna types in an answer
// given on paper; the results show a chart, a table and a description and
// mark the typed-in answer; the paper version prints without navigation.
test('journey 19b: write a survey, answer it, type in a paper answer, see the results, print it', async () => {
  const title = `Unser Mittagstisch ${Date.now().toString(36)}`;
  const anna = await as('anna@example.org');
  const a = anna.page;
  await a.goto(`/n/${SLUG}/projects/new`);
  await main(a).getByLabel('Kurzer Titel').fill(title);
  await main(a).getByLabel('Unser gemeinsames Ziel').fill('Ein Mittagstisch, den wir zusammen planen und prüfen.');
  await press(a, main(a).getByRole('button', { name: 'Projekt starten' }), PROJECT_URL);
  const projectPath = new URL(a.url()).pathname;

  await main(a).getByLabel('Titel einer neuen Umfrage').fill('Wie schmeckt es?');
  await press(a, main(a).getByRole('button', { name: 'Umfrage anlegen' }), /\/surveys\/[0-9a-f-]{36}\?notice=notice-survey-created$/);
  const surveyPath = new URL(a.url()).pathname;
  await assertH1(a, 'Wie schmeckt es?');
  // A question without its easy version is refused next to the field.
  await main(a).getByLabel('Die Frage', { exact: true }).fill('Wie gefällt Ihnen das Essen?');
  await press(a, main(a).getByRole('button', { name: 'Frage hinzufügen' }), new RegExp(`${surveyPath}/questions$`));
  assert.equal(await main(a).getByLabel('Die Frage in Leichter Sprache').getAttribute('aria-invalid'), 'true');
  await check(a, 'survey, question with errors');
  const questions = [
    ['Mit 3 Gesichtern', 'Wie gefällt Ihnen das Essen?', 'Schmeckt das Essen?'],
    ['Ja oder Nein', 'Würden Sie wiederkommen?', 'Kommen Sie wieder?'],
    ['Mit eigenen Worten', 'Was wünschen Sie sich?', 'Was wollen Sie?'],
  ];
  for (const [kind, text, easy] of questions) {
    await main(a).getByRole('group', { name: 'Wie wird geantwortet?' }).getByLabel(kind).check();
    await main(a).getByLabel('Die Frage', { exact: true }).fill(text);
    await main(a).getByLabel('Die Frage in Leichter Sprache').fill(easy);
    await press(a, main(a).getByRole('button', { name: 'Frage hinzufügen' }), /notice=notice-saved/);
  }
  await check(a, 'survey, draft with questions');
  await press(a, main(a).getByRole('button', { name: 'Umfrage öffnen' }), /notice=notice-survey-opened/);
  assert.match(await main(a).locator('#survey-status').innerText(), /Offen für Antworten/);

  // Ben answers on the platform: the faces have words for screen readers.
  const ben = await as('ben@example.org');
  const b = ben.page;
  await b.goto(surveyPath);
  await check(b, 'survey, open for answers');
  await main(b).getByRole('group', { name: 'Wie gefällt Ihnen das Essen?' }).getByRole('radio', { name: 'gut', exact: true }).check();
  await main(b).getByRole('group', { name: 'Würden Sie wiederkommen?' }).getByLabel('Ja').check();
  await main(b).getByLabel('Was wünschen Sie sich?').fill('Öfter Suppe.');
  await press(b, main(b).getByRole('button', { name: 'Antworten senden' }), /notice=notice-survey-answered/);
  assert.match(await main(b).locator('#answered').innerText(), /Jede Person antwortet einmal/);
  assert.equal(await main(b).getByRole('button', { name: 'Antworten senden' }).count(), 0, 'one answer each');

  // Anna types in an answer given on paper.
  await a.goto(surveyPath);
  await press(a, main(a).getByRole('link', { name: 'Antworten von Papier oder Telefon eintragen' }), /\/enter$/);
  await check(a, 'survey, typing in a paper answer');
  await main(a).getByRole('group', { name: 'Wie wurde geantwortet?' }).getByLabel('Auf Papier').check();
  await main(a).getByRole('group', { name: 'Wie gefällt Ihnen das Essen?' }).getByRole('radio', { name: 'geht so', exact: true }).check();
  await main(a).getByLabel('Was wünschen Sie sich?').fill('Mehr Platz für Rollstühle.');
  await press(a, main(a).getByRole('button', { name: 'Antwort eintragen' }), /notice=notice-survey-typed-in/);

  // The results: chart, table and words; the paper answer is marked.
  await a.goto(surveyPath);
  await press(a, main(a).getByRole('link', { name: 'Ergebnisse ansehen' }), /\/results$/);
  assert.match(await main(a).locator('#summary').innerText(), /2 Antworten: 1 auf der Plattform, 1 von Papier, 0 am Telefon/);
  assert.equal(await main(a).getByRole('img', { name: /Wie gefällt Ihnen das Essen\?/ }).count(), 1);
  const food = await main(a).getByRole('region', { name: 'Wie gefällt Ihnen das Essen?' }).innerText();
  assert.match(food, /2 Personen haben diese Frage beantwortet/);
  const wishes = await main(a).getByRole('region', { name: 'Was wünschen Sie sich?' }).innerText();
  assert.match(wishes, /Öfter Suppe\./);
  assert.match(wishes, /Mehr Platz für Rollstühle\.\s*von Papier eingetragen/);
  assert.doesNotMatch(wishes, /Ben Yılmaz/);
  await check(a, 'survey results');

  // The paper version: boxes to tick; printed without navigation.
  await a.goto(`${surveyPath}/print`);
  await check(a, 'paper survey');
  assert.equal(await a.locator('.paper-survey .tick-boxes .box').count(), 3 + 2);
  await a.emulateMedia({ media: 'print' });
  assert.equal(await a.locator('.site-header').isVisible(), false);
  assert.equal(await a.locator('.no-print').first().isVisible(), false);
  assert.equal(await a.locator('.paper-survey').isVisible(), true);
  await a.emulateMedia({ media: 'screen' });
  await a.goto(`${surveyPath}/print?lang=easy`);
  assert.match(await a.locator('.paper-survey').innerText(), /Schmeckt das Essen\?/);
  await a.goto(projectPath);
  assert.match(await main(a).getByRole('region', { name: 'Umfragen zum Prüfen' }).innerText(), /Wie schmeckt es\?[\s\S]*2 Antworten/);

  await anna.context.close();
  await ben.context.close();
});
