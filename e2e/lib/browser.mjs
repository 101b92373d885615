// Chromium (Debian's build, no download) plus helpers for logging in,
// preferences, and the accessibility checks every test uses.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const DEMO_PASSWORD = 'quartier-demo';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A fresh context (cookies of its own) with a desktop-sized viewport. */
export async function newContext(browser, server, options = {}) {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => `      target: ${JSON.stringify(n.target)}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`).join('\n');
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
  }).join('\n');
}

/**
 * Run axe-core on the page as it is now, with the WCAG 2.2 A/AA tags, and
 * fail with ids, help texts and targets when anything is found.
 */
export async function expectAccessible(page, label = '') {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const where = `${label ? label + ' ' : ''}${page.url()}`;
  if (results.violations.length > 0) {
    const msg = `axe found ${results.violations.length} WCAG violation(s) on ${where}:\n${formatViolations(results.violations)}`;
    console.error(msg);
    assert.fail(msg);
  }
  return results;
}

/** Nothing may scroll sideways. */
export async function expectNoHorizontalScroll(page, label = '') {
  const m = await page.evaluate(() => {
    const el = document.documentElement;
    const offenders = [];
    for (const e of document.querySelectorAll('body *')) {
      const r = e.getBoundingClientRect();
      if (r.right > el.clientWidth + 0.5 && r.width > 0) {
        offenders.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, offenders: offenders.slice(0, 8) };
  });
  assert.ok(
    m.scrollWidth <= m.clientWidth,
    `${label} ${page.url()} scrolls horizontally: scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}; widest: ${m.offenders.join(', ')}`,
  );
}

/** Go to a path, expect an HTML page, and check it with axe. */
export async function visit(page, path, { status, label } = {}) {
  const res = await page.goto(path);
  if (status !== undefined) assert.equal(res.status(), status, `status of ${path}`);
  await expectAccessible(page, label);
  return res;
}

/** Fill and send the (German) login form that the page shows now. */
export async function submitLogin(page, email, password = DEMO_PASSWORD) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/login')),
    page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click(),
  ]);
}

/** Log in through the form, the way a person with a keyboard would. */
export async function login(page, email, password = DEMO_PASSWORD, { check = true } = {}) {
  await page.goto('/login');
  if (check) await expectAccessible(page, 'login form');
  await submitLogin(page, email, password);
}

// What the preference controls are called in each language.
export const PREF_LABELS = {
  de: { size: /^Schriftgröße$/, contrast: /^Kontrast$/, normal: 'Normal', larger: 'Sehr groß', high: 'Hoher Kontrast (Schwarz auf Weiß)', save: 'Speichern' },
  'de-simple': { size: /^Schrift·größe$/, contrast: /^Kontrast$/, normal: 'Normal', larger: 'Sehr groß', high: 'Hoher Kontrast (Schwarz auf Weiß)', save: 'Speichern' },
  en: { size: /^Text size$/, contrast: /^Contrast$/, normal: 'Normal', larger: 'Very large', high: 'High contrast (black on white)', save: 'Save' },
};
export const LANGUAGE_BUTTON = { de: 'Deutsch', 'de-simple': 'Leichte Sprache', en: 'English' };

/** Switch the language with the footer buttons (their names never change). */
export async function switchLanguage(page, locale) {
  const before = new URL(page.url()).pathname;
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('contentinfo').getByRole('button', { name: LANGUAGE_BUTTON[locale], exact: true }).click(),
  ]);
  assert.equal(new URL(page.url()).pathname, before, 'language switch stays on the page');
  assert.equal(
    await page.getByRole('button', { name: LANGUAGE_BUTTON[locale], exact: true }).getAttribute('aria-pressed'),
    'true',
  );
}

/**
 * Choose text size and contrast on /preferences, in the language the page is
 * shown in (`locale`), by the radios' visible labels.
 */
export async function setDisplay(page, locale, { larger = false, high = false } = {}) {
  const L = PREF_LABELS[locale];
  await page.goto('/preferences');
  await page.getByRole('group', { name: L.size }).getByLabel(larger ? L.larger : L.normal, { exact: true }).check();
  await page.getByRole('group', { name: L.contrast }).getByLabel(high ? L.high : L.normal, { exact: true }).check();
  await Promise.all([
    page.waitForURL(/\/preferences\?saved=1$/),
    page.getByRole('main').getByRole('button', { name: L.save, exact: true }).click(),
  ]);
  const cls = await page.locator('html').getAttribute('class');
  assert.ok(cls.includes(larger ? 'text-larger' : 'text-normal'), `html class ${cls}`);
  assert.ok(cls.includes(high ? 'contrast-high' : 'contrast-normal'), `html class ${cls}`);
}

/** Check the page with axe, and that nothing scrolls sideways at 320 px. */
export async function checkPage(page, label) {
  await expectAccessible(page, label);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, label);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A logged-in page of its own for one demo person. */
export async function loggedIn(browser, server, email, { check = true } = {}) {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await login(page, email, undefined, { check });
  return { context, page };
}

/** Press a button or link and wait for the page it leads to. */
export async function press(page, target, url) {
  await Promise.all([page.waitForURL(url), target.click()]);
}
