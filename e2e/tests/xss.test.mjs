// Cross-site scripting evidence in the real browser. Every payload of
// lib/xss-payloads.mjs goes into every text field a person can write, and
// every output that shows it is loaded in Chromium: the content's own page,
// the lists, the notice board for print, notifications, the inbox, the
// review queue, the forms that show it again, and the outputs that are not
// HTML (Atom, iCalendar, the JSON API, the mails in the outbox). The browser
// runs with the Content-Security-Policy switched off (bypassCSP), so what is
// proven is the escaping itself, not only the policy behind it.
//
// The content is made over HTTP from node (fetch with the session cookie and
// an Origin header, as the CSRF layer wants): content i gets payload i in its
// first text field, i+1 in its second, and so on, so that over all contents
// every field receives every payload. A form the server refuses (too long,
// not a link, …) is itself an output: its page is loaded like the others, and
// the refused fields are then filled with plain text so the rest goes in.
//
// In the browser the test listens for dialogs, reads window.__xss and the
// document title, watches every request for `xss-hit`, and looks through the
// DOM for what must never come from people: script, frames, objects, base,
// meta refresh, style, inline event handlers, javascript:/data: URLs. On the
// raw text it checks that no payload with markup appears unescaped, that
// plain-text fields show exactly what was typed, that the iCalendar feeds
// have no property line nobody wrote, that the Atom feeds parse with only
// their own entries, and that the mails are plain text without injected headers.
//
// The default run uses 211 of the payloads (and every tenth for what the
// server only reflects: query parameters, the login form, a missing path).
// It fetches each page from node and has Chromium parse it in a page of the
// server's origin (setContent), and navigates for real to the start page,
// the feeds, the calendar files and the API. XSS_FULL=1 uses all 301,
// navigates to every page, and adds the edit forms, the review pages, the
// neighbourhood pages, the hidden-content views and the forms' easy-language
// check.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readMails, startServer } from '../lib/server.mjs';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../lib/browser.mjs';
import { berlinDate } from '../lib/flows.mjs';
import { tinyPng } from '../lib/png.mjs';
import { PAYLOADS } from '../lib/xss-payloads.mjs';

const FULL = process.env.XSS_FULL === '1';
const SLUG = 'lindenviertel';
const CLUB = 'buergerverein-lindenviertel';

// The payloads of this run: all of them in the full run, otherwise seven in
// ten, taken evenly from every part of the list.
const PL = FULL ? PAYLOADS : PAYLOADS.filter((_, i) => i % 10 < 7);
const P = Number(process.env.XSS_PAYLOADS) || PL.length;
/** Content i, field k: payload (i + k) mod P. */
const pay = (i, k) => PL[(i + k) % P];
// Contents per batch: the lists, the notifications (100 newest) and the
// feeds (50 newest) show a whole batch at once.
const BATCH = 45;
// Contents made and pages loaded at the same time: the server, node and
// Chromium take turns, so a few at once keep both cores busy.
const CONCURRENCY = Number(process.env.XSS_CONCURRENCY) || 3;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const norm = (s) => String(s).replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim();
const isPayload = (s) => typeof s === 'string' && PAYLOADS.includes(s);
const uuidIn = (re, text) => [...text.matchAll(re)].map((m) => m[1]);

let server;
let browser;
const t0 = Date.now();

// ---- what was sent, what was loaded -----------------------------------------

/** field label → set of payload numbers it received. */
const received = new Map();
/** reflected parameter → set of payload numbers sent to it. */
const reflections = new Map();
/** field label → set of payload numbers it stored. */
const stored = new Map();
/** output kind → how many times it was loaded or checked. */
const outputs = new Map();
const problems = [];
const stats = { requests: 0, retries: 0, refused: 0, rendered: 0, navigated: 0, mails: 0, mailsWithPayload: 0 };

function note(map, field, payload) {
  if (!isPayload(payload)) return;
  if (!map.has(field)) map.set(field, new Set());
  map.get(field).add(PAYLOADS.indexOf(payload) + 1);
}
function counted(kind) {
  outputs.set(kind, (outputs.get(kind) ?? 0) + 1);
}
function problem(where, what) {
  problems.push(`${where}: ${what}`);
}

// ---- HTTP from node -------------------------------------------------------------

/** One person's session over plain HTTP. */
class Http {
  constructor(email) {
    this.email = email;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * One request; 429 waits for Retry-After and tries again, so that rate
   * limits slow the test down but do not break it.
   */
  async request(method, path, { form, multipart, json } = {}) {
    for (let attempt = 0; ; attempt++) {
      const headers = { Origin: server.url };
      if (this.cookies.size) headers.cookie = this.cookieHeader();
      let body;
      if (form) {
        body = new URLSearchParams(Array.isArray(form) ? form : Object.entries(form)).toString();
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else if (multipart) {
        body = multipart();
      } else if (json) {
        body = JSON.stringify(json);
        headers['content-type'] = 'application/json';
      }
      stats.requests += 1;
      const tq = Date.now();
      let res;
      try {
        res = await fetch(server.url + path, { method, headers, body, redirect: 'manual' });
      } catch (e) {
        // A kept-alive connection the server had closed in the meantime: send
        // it again (a form may, rarely, arrive twice).
        if (['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'].includes(e.cause?.code) && attempt < 3) {
          stats.retries += 1;
          await sleep(200);
          continue;
        }
        throw new Error(`${method} ${path} as ${this.email}: ${e.message} (${e.cause?.code ?? ''} ${e.cause?.message ?? ''})\n${server.log().slice(-2000)}`);
      }
      if (process.env.XSS_PROFILE) {
        const key = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*$/, '').replace(/xss-[a-z]+-\d+/g, ':slug')}`;
        const e = profile.get(key) ?? [0, 0];
        profile.set(key, [e[0] + 1, e[1] + Date.now() - tq]);
      }
      for (const c of res.headers.getSetCookie()) {
        const [kv, ...attrs] = c.split(';');
        const [k, v] = [kv.slice(0, kv.indexOf('=')).trim(), kv.slice(kv.indexOf('=') + 1)];
        if (attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(k);
        else this.cookies.set(k, v);
      }
      const text = await res.text();
      if (res.status === 429 && attempt < 30) {
        stats.retries += 1;
        const wait = Number(res.headers.get('retry-after'));
        await sleep(1000 * Math.min(Number.isFinite(wait) && wait > 0 ? wait : 1, 120));
        continue;
      }
      return { status: res.status, location: res.headers.get('location') ?? '', text, headers: res.headers };
    }
  }

  get(path) { return this.request('GET', path); }
  post(path, form) { return this.request('POST', path, { form }); }

  async html(path) {
    const r = await this.get(path);
    assert.equal(r.status, 200, `${this.email} GET ${path}: ${r.status}\n${r.text.slice(0, 400)}`);
    return r.text;
  }

  async login() {
    const r = await this.post('/login', { email: this.email, password: DEMO_PASSWORD, next: '/' });
    assert.equal(r.status, 303, `login ${this.email}: ${r.status}`);
    const me = JSON.parse((await this.get('/api/v1/me')).text);
    this.id = me.id;
    return this;
  }
}

/** Text that goes into a refused field instead, so the rest can go in. */
function filler(field, label) {
  if (['website', 'social', 'online_url'].includes(field)) return '';
  const n = stats.refused;
  if (field === 'display_name') return `Nachbar ${n}`;
  if (field === 'slug') return `xss-${label.replace(/[^a-z]/g, '')}-${n}`;
  return `Text ${field} ${n}`;
}

/** Pages the server sent back with a refused form, loaded later. */
const echoes = [];

/**
 * POST a form whose `fields` carry payloads. A refusal (422) is kept as an
 * output; the fields it names are replaced and the form sent again.
 * Resolves to { r, sent } once it went through (303).
 */
async function submit(who, path, form, fields, label, { image } = {}) {
  const sent = { ...form };
  for (const f of fields) note(received, `${label}.${f}`, form[f]);
  for (let attempt = 0; attempt < 6; attempt++) {
    const r = image
      ? await who.request('POST', path, {
        multipart: () => {
          const fd = new FormData();
          for (const [k, v] of Object.entries(sent)) fd.append(k, v);
          fd.append('image', new Blob([image], { type: 'image/png' }), 'bild.png');
          return fd;
        },
      })
      : await who.post(path, sent);
    if (r.status === 303) {
      for (const f of fields) note(stored, `${label}.${f}`, sent[f]);
      return { r, sent };
    }
    if (r.status !== 422) {
      throw new Error(`${label}: POST ${path} as ${who.email} answered ${r.status}\n${r.text.slice(0, 600)}`);
    }
    stats.refused += 1;
    echoes.push({ label: `${label} (refused)`, html: r.text, payloads: fields.map((f) => sent[f]).filter(isPayload) });
    let bad = uuidIn(/id="e-([a-z_]+)"/g, r.text).filter((f) => f in sent);
    if (bad.length === 0) bad = fields.filter((f) => isPayload(sent[f]));
    const stuck = bad.filter((f) => !fields.includes(f) || !isPayload(sent[f]));
    if (stuck.length || bad.length === 0) {
      throw new Error(`${label}: POST ${path} refused fields ${bad.join(', ')} that carry no payload\n${r.text.slice(0, 600)}`);
    }
    for (const f of bad) sent[f] = filler(f, label);
  }
  throw new Error(`${label}: POST ${path} still refused`);
}

// ---- the browser ----------------------------------------------------------------

const hits = [];

/** What the page must never contain, and what it must show. Runs in the page. */
function scan(expect) {
  // The page's own line icons beside its labels (`views::icon`): exactly
  // these attributes, and only shapes with geometry inside.
  const ownIcon = (svg) => {
    const svgAttrs = ['class', 'viewbox', 'aria-hidden', 'focusable', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'];
    const shapeAttrs = ['d', 'cx', 'cy', 'r', 'x', 'y', 'width', 'height', 'rx'];
    const only = (el, names) => [...el.attributes].every((a) => names.includes(a.name.toLowerCase()));
    return svg.getAttribute('class') === 'icon' && svg.getAttribute('aria-hidden') === 'true' && only(svg, svgAttrs)
      && [...svg.querySelectorAll('*')].every((c) => ['path', 'circle', 'rect'].includes(c.localName) && c.children.length === 0 && only(c, shapeAttrs));
  };
  const n = (s) => String(s).replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim();
  const bad = [];
  if (window.__xss !== undefined) bad.push(`window.__xss = ${window.__xss}`);
  if (/^XSS\d+$/.test(document.title)) bad.push(`document.title = ${document.title}`);
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'srcset', 'lowsrc', 'dynsrc', 'codebase', 'cite', 'ping'];
  // Chromium shows text and XML in a <pre> of its own, with a style.
  const viewer = document.contentType !== 'text/html';
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    if (viewer && tag === 'pre' && el.parentElement === document.body) continue;
    if (['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'applet', 'portal', 'style', 'noscript', 'template', 'svg', 'math'].includes(tag)
      && !(tag === 'svg' && ownIcon(el))) {
      bad.push(`<${tag}> element`);
    }
    if (tag === 'meta' && el.hasAttribute('http-equiv')) bad.push('<meta http-equiv>');
    // The page's own links: its style sheet, its icon and an organisation's
    // feed, nothing else.
    const own = (el.getAttribute('rel') === 'stylesheet' && /^\/static\/style\.[0-9a-f]+\.css$/.test(el.getAttribute('href') ?? ''))
      || (el.getAttribute('rel') === 'icon' && /^\/static\/logo\.[0-9a-f]+\.svg$/.test(el.getAttribute('href') ?? ''))
      || (el.getAttribute('rel') === 'alternate' && el.getAttribute('type') === 'application/atom+xml'
        && /^\/o\/[a-z0-9-]+\/feed\.atom$/.test(el.getAttribute('href') ?? ''));
    if (tag === 'link' && !own) bad.push(`<link href=${el.getAttribute('href')}>`);
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) bad.push(`<${tag} ${name}>`);
      if (['style', 'srcdoc', 'formaction', 'autofocus', 'contenteditable'].includes(name)) bad.push(`<${tag} ${name}>`);
      if (urlAttrs.includes(name) && /^(javascript|vbscript|data|livescript):/i.test(a.value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, ''))) {
        bad.push(`<${tag} ${name}="${a.value.slice(0, 80)}">`);
      }
    }
  }
  // What a reader sees: the text, form values and the text alternatives.
  const seen = [document.title, document.documentElement.textContent];
  for (const el of document.querySelectorAll('input, textarea, select')) seen.push(el.value);
  for (const el of document.querySelectorAll('[alt], [title], [aria-label]')) {
    seen.push(el.getAttribute('alt') ?? '', el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
  }
  const all = n(seen.join(' \u0000 '));
  // A one-line input drops line breaks from its value.
  const missing = expect.filter((e) => !all.includes(n(e)) && !all.includes(n(String(e).replace(/[\r\n]/g, ''))));
  return { bad, missing };
}

/** Browser pages, a few at a time; each records what happens in it. */
class Viewer {
  constructor() {
    this.contexts = new Map();
  }

  async start() {
    // Pages parsed here are never looked at: a small window saves painting.
    this.context = await newContext(browser, server, { bypassCSP: true, viewport: { width: 320, height: 240 } });
  }

  async fresh(context) {
    const page = await context.newPage();
    page.label = '';
    page.on('dialog', async (d) => {
      hits.push(`${page.label}: dialog ${d.type()} "${d.message()}"`);
      await d.dismiss().catch(() => {});
    });
    page.on('request', (r) => {
      if (/xss-hit/i.test(r.url())) hits.push(`${page.label}: request ${r.url()}`);
    });
    page.on('pageerror', () => {});
    return page;
  }

  /** A free page in the context of `who` (null: the parsing context, or a visitor). */
  async acquire(who, parsing = false) {
    const key = parsing ? '\u0000parse' : (who?.email ?? '');
    if (!this.contexts.has(key)) {
      const context = parsing ? this.context : await newContext(browser, server, { bypassCSP: true });
      if (who && !parsing) {
        await context.addCookies([...who.cookies].map(([name, value]) => ({ name, value, url: server.url })));
      }
      this.contexts.set(key, { context, free: [] });
    }
    const c = this.contexts.get(key);
    const page = c.free.pop() ?? await this.fresh(c.context);
    if (parsing && !page.url().startsWith(server.url)) await page.goto(`${server.url}/preferences`);
    page.release = () => c.free.push(page);
    return page;
  }

  /**
   * Let queued tasks run (a details toggle, a media error). Handlers that
   * would need a frame or a person (autofocus, mouseover) are found by the
   * DOM scan instead; waiting for a frame would double Chromium's work.
   */
  async settle(page) {
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0))).catch(() => {});
  }

  async check(page, label, expect) {
    const before = hits.filter((h) => h.startsWith(`${label}:`)).length;
    await this.settle(page);
    let r;
    try {
      r = await page.evaluate(scan, expect);
    } catch (e) {
      // The page went elsewhere: that alone is a finding.
      problem(label, `the page navigated away (${e.message.split('\n')[0]})`);
      await page.goto(`${server.url}/preferences`).catch(() => {});
      return;
    }
    for (const b of r.bad) problem(label, b);
    for (const m of r.missing) problem(label, `does not show ${JSON.stringify(m.slice(0, 120))} as text`);
    const mine = hits.filter((h) => h.startsWith(`${label}:`));
    for (const h of mine.slice(before)) problem(label, h);
  }

  /** Parse server HTML in a page of the server's origin. */
  async render(kind, label, html, { expect = [], payloads = [] } = {}) {
    counted(kind);
    stats.rendered += 1;
    rawHtmlCheck(label, html, payloads);
    const page = await this.acquire(null, true);
    page.label = label;
    try {
      // setContent keeps the window: forget what an earlier page may have set.
      await page.evaluate(() => { delete window.__xss; }).catch(() => {});
      // The style sheet changes nothing for script; leaving it out saves
      // Chromium the styling of thousands of pages.
      const bare = html.replace(/<link rel="stylesheet" href="\/static\/style\.[0-9a-f]+\.css">/, '')
        .replace(/<link rel="icon" href="\/static\/logo\.[0-9a-f]+\.svg" type="image\/svg\+xml">/, '');
      await page.setContent(bare, { waitUntil: 'load' }).catch((e) => problem(label, `setContent: ${e.message}`));
      await this.check(page, label, expect.filter(Boolean));
    } finally {
      page.release();
    }
  }

  /** Fetch as `who` and render; in the full run, navigate as them. */
  /** A list paged by key: its pages fetched by following rel=next, each
   * checked for payloads, the expected texts looked for across them all. */
  async showPaged(kind, who, path, opts = {}) {
    const pages = [];
    for (let p = path; p && pages.length < 50; p = nextPage(pages[pages.length - 1])) pages.push(await who.html(p));
    await this.render(kind, `${kind} ${path} (${pages.length} pages) as ${who.email}`, pages.join('\n'), opts);
  }

  async show(kind, who, path, opts = {}) {
    if (FULL) return this.visit(kind, who, path, opts);
    const html = await who.html(path);
    await this.render(kind, `${kind} ${path} as ${who.email}`, html, opts);
    return html;
  }

  /** Real navigation in a context of `who`. Resolves to the response body. */
  async visit(kind, who, path, { expect = [], payloads = [] } = {}) {
    counted(kind);
    stats.navigated += 1;
    const label = `${kind} ${path} as ${who?.email ?? 'visitor'}`;
    const page = await this.acquire(who);
    page.label = label;
    try {
      let body = '';
      try {
        const res = await page.goto(path, { waitUntil: 'load' });
        body = (await res?.text().catch(() => '')) ?? '';
        if (res && res.status() >= 400) problem(label, `HTTP ${res.status()}`);
        if ((res?.headers()['content-type'] ?? '').startsWith('text/html')) rawHtmlCheck(label, body, payloads);
      } catch (e) {
        if (!/Download is starting/.test(e.message)) throw e;
        // Chromium saves text/calendar instead of showing it: nothing runs.
        counted(`${kind} (downloaded, not rendered)`);
        return body;
      }
      await this.check(page, label, expect.filter(Boolean));
      return body;
    } finally {
      page.release();
    }
  }

  /** Show plain text as the browser shows a text/plain body. */
  async text(kind, label, body) {
    counted(kind);
    const page = await this.acquire(null, true);
    page.label = label;
    const url = `${server.url}/__xss-text/${outputs.get(kind)}`;
    try {
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body }));
      await page.goto(url);
      await page.unroute(url);
      await this.check(page, label, []);
      await page.goto(`${server.url}/preferences`);
    } finally {
      page.release();
    }
  }

  /** Run `fn(page)` in a page of the server's origin. */
  async inPage(fn) {
    const page = await this.acquire(null, true);
    try {
      return await fn(page);
    } finally {
      page.release();
    }
  }
}

/** Run `fn` over `items`, CONCURRENCY at a time. */
async function pool(items, fn, n = CONCURRENCY) {
  let k = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (k < items.length) {
      const item = items[k++];
      await fn(item);
    }
  }));
}

let view;

/** No payload with markup may stand in the page's source as it was typed. */
function rawHtmlCheck(label, html, payloads) {
  if (/<script/i.test(html)) problem(label, 'a <script> in the HTML source');
  for (const p of payloads) {
    if (isPayload(p) && /[<>]/.test(p) && html.includes(p.trim())) {
      problem(label, `payload ${PAYLOADS.indexOf(p) + 1} stands unescaped in the source`);
    }
  }
}

// ---- the non-HTML outputs ------------------------------------------------------

const ICS_PROPS = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'NAME',
  'X-PUBLISHED-TTL', 'REFRESH-INTERVAL', 'UID', 'SUMMARY', 'DTSTAMP', 'LAST-MODIFIED', 'CREATED', 'URL',
  'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND', 'CATEGORIES', 'STATUS', 'X-WR-TIMEZONE', 'TZID']);
const icsUnescape = (v) => v.replace(/\\([\\,;nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
/** What the server keeps of a text: trimmed of Unicode white space (not of U+FEFF, as JS would). */
const kept = (s) => String(s).replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
const lf = (s) => String(s).replace(/\r\n?/g, '\n');

/**
 * An iCalendar text: only CRLF line ends, only known properties, every
 * VEVENT one event, and each of ours with its text as it was typed.
 */
function checkIcs(label, text, events, name) {
  counted('iCalendar (raw)');
  if (/[\r\n]/.test(text.replace(/\r\n/g, ''))) problem(label, 'a bare CR or LF inside a line');
  const lines = text.split('\r\n').reduce((acc, l) => {
    if (/^[ \t]/.test(l) && acc.length) acc[acc.length - 1] += l.slice(1);
    else acc.push(l);
    return acc;
  }, []).filter((l) => l !== '');
  const found = [];
  const top = {};
  let cur = null;
  for (const l of lines) {
    const m = l.match(/^([A-Z][A-Z0-9-]*)((?:;[^:;]+=(?:"[^"]*"|[^:;"]*))*):(.*)$/s);
    if (!m || !ICS_PROPS.has(m[1])) {
      problem(label, `unexpected line ${JSON.stringify(l.slice(0, 100))}`);
      continue;
    }
    if (m[1] === 'BEGIN' && m[3] === 'VEVENT') cur = {};
    else if (m[1] === 'END' && m[3] === 'VEVENT') { found.push(cur); cur = null; } else if (cur) cur[m[1]] = icsUnescape(m[3]);
    else top[m[1]] = m[3];
  }
  if (name !== undefined && norm(icsUnescape(top['X-WR-CALNAME'] ?? '')) !== norm(name)) {
    problem(label, `X-WR-CALNAME ${JSON.stringify(top['X-WR-CALNAME']?.slice(0, 80))} is not the name`);
  }
  if (!events) return found;
  // Every VEVENT is one of the events (the demo has its own, too).
  const urls = found.map((f) => f.URL ?? '');
  for (const u of urls) if (!/^http:\/\/127\.0\.0\.1:\d+\/e\/[0-9a-f-]{36}$/.test(u)) problem(label, `a VEVENT with URL ${JSON.stringify(u.slice(0, 80))}`);
  if (new Set(urls).size !== urls.length) problem(label, 'two VEVENTs with one URL');
  for (const e of events) {
    const v = found.find((f) => f.URL?.endsWith(`/e/${e.id}`));
    if (!v) { problem(label, `no VEVENT for ${e.id}`); continue; }
    if (lf(v.SUMMARY) !== lf(kept(e.title))) problem(label, `SUMMARY ${JSON.stringify(v.SUMMARY?.slice(0, 80))} is not the title`);
    if (e.description && lf(v.DESCRIPTION) !== lf(kept(e.description))) problem(label, 'DESCRIPTION is not the description');
    if (e.venue && lf(v.LOCATION) !== lf(kept(e.venue))) problem(label, 'LOCATION is not the venue');
  }
  return found;
}

/** An Atom feed: well-formed, every entry a news post, ours with their titles; each entry's HTML rendered. */
async function checkAtom(label, xml, news) {
  counted('Atom feed (raw)');
  const r = await view.inPage((page) => page.evaluate((x) => {
    const d = new DOMParser().parseFromString(x, 'application/xml');
    if (d.querySelector('parsererror')) return { error: d.querySelector('parsererror').textContent };
    const ns = 'http://www.w3.org/2005/Atom';
    const foreign = [...d.getElementsByTagName('*')].filter((e) => e.namespaceURI !== ns).map((e) => e.localName);
    const entries = [...d.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
      title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
      link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
      type: e.getElementsByTagNameNS(ns, 'content')[0]?.getAttribute('type') ?? '',
      html: e.getElementsByTagNameNS(ns, 'content')[0]?.textContent ?? '',
    }));
    return { entries, foreign, feedTitle: d.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '' };
  }, xml));
  if (r.error) { problem(label, `not well-formed: ${r.error.slice(0, 200)}`); return; }
  if (r.foreign.length) problem(label, `elements outside Atom: ${r.foreign.slice(0, 5).join(', ')}`);
  // Every entry is one news post (the demo club has its own, too).
  const links = r.entries.map((e) => e.link);
  for (const l of links) if (!/^http:\/\/127\.0\.0\.1:\d+\/o\/[a-z0-9-]+\/news\/[0-9a-f-]{36}$/.test(l)) problem(label, `an entry linking ${JSON.stringify(l.slice(0, 80))}`);
  if (new Set(links).size !== links.length) problem(label, 'two entries with one link');
  for (const n of news) {
    const e = r.entries.find((x) => x.link.endsWith(`/news/${n.id}`));
    if (!e) { problem(label, `no entry for news ${n.id}`); continue; }
    if (norm(e.title) !== norm(n.title)) problem(label, `entry title ${JSON.stringify(e.title.slice(0, 80))} is not the title`);
    if (e.type !== 'html') problem(label, `content type ${e.type}`);
  }
  // A feed reader shows the entries' HTML: render it.
  const doc = `<!doctype html><title>feed</title>${r.entries.map((e) => `<article>${e.html}</article>`).join('\n')}`;
  await view.render('Atom entry content (as a reader shows it)', `${label} content`, doc, { payloads: news.map((n) => n.body) });
}

/** A JSON answer: JSON content type, parses. */
function json(label, r) {
  counted('JSON API');
  const ct = r.headers.get('content-type') ?? '';
  if (!/^application\/(problem\+)?json/.test(ct)) problem(label, `content type ${ct}`);
  if (r.headers.get('x-content-type-options') !== 'nosniff') problem(label, 'no nosniff');
  try {
    return JSON.parse(r.text);
  } catch (e) {
    problem(label, `not JSON: ${e.message}`);
    return {};
  }
}

/** RFC 2047 encoded words back to text (adjacent words join without the space). */
function decodeWords(s) {
  const word = /=\?[^?]+\?([bBqQ])\?([^?]*)\?=/g;
  const bytes = (enc, data) => (/b/i.test(enc) ? Buffer.from(data, 'base64')
    : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
  return s.replace(/(\?=)\s+(?==\?)/g, '$1').replace(word, (_, enc, data) => bytes(enc, data).toString('utf8'));
}

const MAIL_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding']);

/** Every mail: plain text, only the headers we write, a subject on one line. */
async function checkMails() {
  // The worker sends every two seconds; wait until the outbox stops growing.
  let last = -1;
  let mails = [];
  for (let i = 0; i < 40; i++) {
    mails = await readMails(server.outbox);
    if (mails.length === last) break;
    last = mails.length;
    await sleep(2500);
  }
  const bodies = [];
  for (const m of mails) {
    stats.mails += 1;
    counted('e-mail (raw)');
    const label = `mail ${m.name}`;
    const split = m.raw.search(/\r?\n\r?\n/);
    const head = m.raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
    const headers = head.split(/\r?\n/).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]);
    for (const [name] of headers) if (!MAIL_HEADERS.has(name)) problem(label, `header ${name}`);
    const ct = headers.filter(([n]) => n === 'content-type');
    if (ct.length !== 1 || !/^text\/plain/i.test(ct[0][1])) problem(label, `content type ${ct.map((c) => c[1]).join(' | ')}`);
    const subject = headers.filter(([n]) => n === 'subject').map(([, v]) => decodeWords(v));
    if (subject.length !== 1) problem(label, `${subject.length} subjects`);
    if (/[\r\n]/.test(subject[0] ?? '')) {
      // A line break inside the encoded subject stays in the one header.
      counted('e-mail subject with a line break, encoded');
    }
    const body = decodeQuotedPrintable(m.raw.slice(split).trim());
    if (PL.slice(0, P).some((p) => kept(p).length > 6 && `${subject[0]}\n${body}`.includes(kept(p)))) stats.mailsWithPayload += 1;
    bodies.push(`==== ${m.name}: ${subject[0] ?? ''}\n${body}`);
  }
  assert.ok(stats.mailsWithPayload > 0, 'no mail carries a payload');
  // Show them in the browser as a mail program shows plain text.
  for (let i = 0; i < bodies.length; i += 60) {
    await view.text('e-mail (shown as text)', `mails ${i}–${i + 59}`, bodies.slice(i, i + 60).join('\n\n'));
  }
  return mails;
}

function decodeQuotedPrintable(text) {
  if (!/=\r?\n|=[0-9A-F]{2}/.test(text)) return text;
  const joined = text.replace(/=\r?\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

// ---- the people -----------------------------------------------------------------

const EMAILS = {
  coord: 'koordination@example.org',
  anna: 'anna@example.org',
  ben: 'ben@example.org',
  verein: 'verein@example.org',
  admin: 'admin@example.org',
  klaus: 'klaus.wagner@example.org',
  fatma: 'fatma.demir@example.org',
  jonas: 'jonas.becker@example.org',
  marie: 'marie.schulz@example.org',
  luca: 'luca.romano@example.org',
  irina: 'irina.petrova@example.org',
  hp: 'hans.peter.weber@example.org',
  aylin: 'aylin.kaya@example.org',
  mohammed: 'mohammed.al.hassan@example.org',
  lena: 'lena.fischer@example.org',
  wolfgang: 'wolfgang.braun@example.org',
};
const U = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  view = new Viewer();
  await view.start();
  await Promise.all(Object.entries(EMAILS).map(async ([k, e]) => { U[k] = await new Http(e).login(); }));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const profile = new Map();

function report() {
  if (process.env.XSS_PROFILE) {
    for (const [k, [n, ms]] of [...profile].sort((x, y) => y[1][1] - x[1][1]).slice(0, 25)) console.log(`  ${k}: ${n} × ${(ms / n).toFixed(0)} ms = ${(ms / 1000).toFixed(1)} s`);
  }
  const fields = [...received.keys()];
  const minReceived = Math.min(...fields.map((f) => received.get(f).size));
  const kinds = [...outputs.keys()];
  const loads = [...outputs.values()].reduce((a, b) => a + b, 0);
  const s = Math.round((Date.now() - t0) / 1000);
  console.log(`xss: ${P} payloads, ${fields.length} fields (each received at least ${minReceived}), `
    + `${kinds.length} kinds of output, ${loads} loads (${stats.rendered} parsed, ${stats.navigated} navigated), `
    + `${stats.mails} mails (${stats.mailsWithPayload} with a payload), ${stats.refused} refused forms, ${stats.requests} requests (${stats.retries} retried), `
    + `${reflections.size} reflected parameters (${reflections.values().next().value?.size ?? 0} payloads each), `
    + `${problems.length} problems, ${hits.length} executed, ${s} s${FULL ? ' (full)' : ''}`);
  if (process.env.XSS_VERBOSE) {
    for (const f of fields) console.log(`  field ${f}: ${received.get(f).size} received, ${stored.get(f)?.size ?? 0} stored`);
    for (const k of kinds) console.log(`  output ${k}: ${outputs.get(k)}`);
  }
}

function assertClean(stage) {
  if (problems.length) {
    const shown = problems.slice(0, 40).join('\n');
    report();
    assert.fail(`${stage}: ${problems.length} problem(s)\n${shown}${problems.length > 40 ? '\n…' : ''}`);
  }
}

// ---- the tests -------------------------------------------------------------------

test('the detectors catch the payloads when they are inserted raw', async () => {
  // Proof that the listeners work: the same payloads, not escaped, in a
  // page of the server's origin, must mostly be caught. A context of its
  // own, closed at the end, so that nothing late spills into the next test.
  const context = await newContext(browser, server, { bypassCSP: true, viewport: { width: 320, height: 240 } });
  const pages = [];
  for (let k = 0; k < CONCURRENCY; k++) {
    const page = await view.fresh(context);
    await page.goto(`${server.url}/preferences`);
    pages.push(page);
  }
  const caught = new Set();
  await pool([...PL.slice(0, P).entries()], async ([i, p]) => {
    const page = pages.pop();
    page.label = `raw payload ${i}`;
    try {
      await page.setContent(`<!doctype html><title>raw</title><div>${p}</div><p title="${p}" data-x='${p}'>x</p>`, { waitUntil: 'load' })
        .catch(() => {});
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50))).catch(() => {});
      const r = await page.evaluate(scan, []).catch(() => ({ bad: ['navigated'] }));
      if (r.bad.length) caught.add(i);
      await page.evaluate(() => { delete window.__xss; }).catch(() => {});
      if (!page.url().startsWith(server.url)) await page.goto(`${server.url}/preferences`);
    } finally {
      pages.push(page);
    }
  });
  await sleep(500);
  await context.close();
  for (const h of hits) caught.add(Number(h.match(/^raw payload (\d+):/)?.[1]));
  hits.length = 0;
  console.log(`xss: the detectors catch ${caught.size} of ${P} payloads when inserted raw`);
  assert.ok(caught.size >= P * 0.6, `only ${caught.size} of ${P} raw payloads were caught`);
});

/** Run one stage and note how long it took. */
async function stage(name, fn) {
  const t = Date.now();
  const r0 = stats.requests;
  const l0 = stats.rendered + stats.navigated;
  await fn();
  const line = `${name}: ${((Date.now() - t) / 1000).toFixed(1)} s, ${stats.requests - r0} requests, ${stats.rendered + stats.navigated - l0} pages`;
  if (process.env.XSS_VERBOSE) console.log(`  ${line}`);
}

test('no payload runs or stands unescaped in any output', { timeout: 30 * 60_000 }, async () => {
  await stage('set-up', setUp);
  await stage('names', names);
  await stage('neighbourhoods', neighbourhoods);
  for (let b = 0; b * BATCH < P; b++) {
    const items = [];
    for (let i = b * BATCH; i < Math.min(P, (b + 1) * BATCH); i++) items.push(i);
    await stage(`help ${b}`, () => help(items));
    await stage(`events ${b}`, () => events(items));
    await stage(`news ${b}`, () => news(items));
    await stage(`organisations ${b}`, () => organisations(items));
    await stage(`groups ${b}`, () => groups(items));
    assertClean(`batch ${b}`);
  }
  await stage('reflected', reflected);
  await stage('API', finalOutputs);
  await stage('refused forms', () => pool(echoes, (e) => view.render('refused form shown again', e.label, e.html, { payloads: e.payloads })));
  await stage('mails', checkMails);
  report();
  assertClean('end');
  assert.equal(hits.length, 0, hits.join('\n'));
  for (const [f, got] of received) {
    assert.ok(got.size >= Math.min(P, 200), `${f} received only ${got.size} payloads`);
  }
});

// ---- set-up -----------------------------------------------------------------------

let categories = [];
const carriers = [];
let carrierGroup = '';

async function setUp() {
  const { coord, ben, lena, verein, anna, irina } = U;
  // Lena reads in Leichte Sprache: she sees the approved easy versions.
  assert.equal((await lena.post('/preferences', { locale: 'de-simple', text_size: 'normal', contrast: 'normal' })).status, 303);
  // Mails: the coordination gets none (it would get hundreds); Ben follows
  // shopping and gets everything, Anna the weekly notice board.
  assert.equal((await coord.post('/notifications/settings', { digest: 'off' })).status, 303);
  assert.equal((await ben.post('/notifications/settings', [['email_answers', 'yes'], ['email_messages', 'yes'],
    ['email_new_requests', 'yes'], ['category', 'shopping'], ['digest', 'off']])).status, 303);
  assert.equal((await anna.post('/notifications/settings', [['email_answers', 'yes'], ['email_messages', 'yes'],
    ['notice_board_mail', 'yes'], ['digest', 'off']])).status, 303);
  // Irina reviews the quarter's easy-language versions.
  assert.equal((await coord.post(`/n/${SLUG}/manage/reviewers`, { reviewer_email: irina.email })).status, 303);

  // Organisations that carry the news and events, confirmed by the coordination.
  const k = FULL ? 7 : 5;
  for (let j = 0; j < k; j++) {
    const slug = `xss-traeger-${j}`;
    const r = await verein.post(`/n/${SLUG}/organisations`, { name: `Träger ${j}`, slug, kind: 'club', description: 'Träger für Nachrichten und Termine.' });
    assert.equal(r.status, 303, r.text.slice(0, 300));
    carriers.push({ slug });
  }
  await confirmOrganisations();
  carriers.push({ slug: CLUB });
  for (const c of carriers) {
    const html = await verein.html(`/o/${c.slug}`);
    c.id = uuidIn(/href="\/easy\/organisation\/([0-9a-f-]{36})"/g, html)[0];
    c.news = [];
  }
  // A group for group events.
  const g = await anna.post(`/n/${SLUG}/groups`, { name: 'Treff für Termine', description: 'x', kind: 'interest', joining: 'open' });
  carrierGroup = g.location.split('?')[0];

  // Help categories the coordination adds: one per payload.
  await pool(range(0, P), (i) => submit(coord, `/n/${SLUG}/manage/help`, { new_category: pay(i, 0) }, ['new_category'], 'help category'));
  const form = await coord.html(`/n/${SLUG}/help/new?kind=request`);
  categories = [...form.matchAll(/<option value="(custom-[0-9a-f-]{36})"[^>]*>([^<]*)<\/option>/g)].map((m) => ({ key: m[1], label: decode(m[2]) }));
  await view.show('help form (categories)', coord, `/n/${SLUG}/help/new?kind=request`, { expect: categories.map((c) => c.label), payloads: PL.slice(0, P) });
  await view.show('help list (category filter)', ben, `/n/${SLUG}/help`, { expect: categories.map((c) => c.label) });
  await view.show('coordination page (help)', coord, `/n/${SLUG}/manage/help`);
}

const range = (a, b) => Array.from({ length: b - a }, (_, k) => a + k);

async function confirmOrganisations() {
  // The waiting ones show first, a page at a time: confirm until none is left.
  for (let round = 0; round < 20; round++) {
    const html = await U.coord.html(`/n/${SLUG}/organisations`);
    await view.render('organisation proposals (coordination)', `proposals as ${U.coord.email}`, html);
    const ids = uuidIn(new RegExp(`action="/n/${SLUG}/organisations/([0-9a-f-]{36})/confirm"`, 'g'), html);
    if (ids.length === 0) return;
    await pool(ids, async (id) => assert.equal((await U.coord.post(`/n/${SLUG}/organisations/${id}/confirm`, {})).status, 303));
  }
}

function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
  });
}

// ---- display names and short texts -------------------------------------------------

const PEOPLE = ['coord', 'anna', 'ben', 'verein', 'klaus', 'fatma', 'jonas', 'marie', 'luca', 'irina', 'hp', 'aylin', 'mohammed', 'lena', 'wolfgang'];

async function names() {
  const rounds = Math.ceil(P / PEOPLE.length);
  for (let r = 0; r < rounds; r++) {
    const now = {};
    await pool([...PEOPLE.entries()], async ([j, k]) => {
      const i = r * PEOPLE.length + j;
      const { sent } = await submit(U[k], '/account/profile', { display_name: pay(i, 0), bio: pay(i, 1), public: 'yes' }, ['display_name', 'bio'], 'account');
      now[k] = sent;
    });
    const shown = PEOPLE.map((k) => now[k].display_name);
    await view.showPaged('members list', U.coord, `/n/${SLUG}/members`, { expect: shown, payloads: shown });
    await pool(PEOPLE, async (k) => {
      const mine = [now[k].display_name, now[k].bio];
      await view.show('profile', U.ben, `/u/${U[k].id}`, { expect: mine, payloads: mine });
      if (FULL) await view.show('account page', U[k], '/account', { expect: mine, payloads: mine });
      if (r % 5 === 0 || FULL) {
        const me = json(`/api/v1/me as ${k}`, await U[k].get('/api/v1/me'));
        if (me.display_name !== kept(now[k].display_name)) problem(`/api/v1/me as ${k}`, 'display_name is not the name');
      }
    });
    const list = json('members API', await U.coord.get(`/api/v1/neighbourhoods/${SLUG}/members`));
    for (const k of PEOPLE) {
      if (!list.items?.some((m) => m.id === U[k].id && m.display_name === kept(now[k].display_name))) problem('members API', `no ${k} with the name`);
    }
    assertClean(`names round ${r}`);
  }
  if (FULL) await view.visit('members list', U.coord, `/n/${SLUG}/members`);
}

// ---- neighbourhoods (operator) ---------------------------------------------------------

async function neighbourhoods() {
  const made = [];
  await pool(range(0, P), async (i) => {
    const slug = `xss-n-${i}`;
    const { sent } = await submit(U.admin, '/admin/neighbourhoods', {
      name: pay(i, 0), slug, description: pay(i, 1), timezone: 'Europe/Berlin', coordinator_email: EMAILS.coord,
    }, ['name', 'description'], 'neighbourhood');
    const { sent: office } = await submit(U.coord, `/n/${slug}/manage/office`, { office_contact: pay(i, 2) }, ['office_contact'], 'notice board contact');
    made.push({ slug, ...sent, office: office.office_contact });
    await view.show('printed notice board', U.coord, `/n/${slug}/aushang`, { expect: [sent.name, office.office_contact], payloads: [sent.name, office.office_contact] });
    if (FULL) await view.visit('neighbourhood page', null, `/n/${slug}`, { expect: [sent.name, sent.description], payloads: [sent.name, sent.description] });
    if (i % 10 === 0 || FULL) {
      const one = json(`neighbourhood API ${slug}`, await U.admin.get(`/api/v1/neighbourhoods/${slug}`));
      if (one.name !== kept(sent.name) || one.description !== kept(sent.description)) problem(`neighbourhood API ${slug}`, 'name or description differ');
    }
    checkIcs(`/n/${slug}/calendar.ics`, (await U.admin.get(`/n/${slug}/calendar.ics`)).text, [], sent.name);
  });
  const expect = made.flatMap((n) => [n.name, n.description]);
  await view.visit('start page', null, '/', { expect, payloads: expect });
  await view.show('operator page', U.admin, '/admin', { expect: made.map((n) => n.name), payloads: expect });
  await view.show('start page (coordinator)', U.coord, '/', { payloads: expect });
  await view.show('profile', U.ben, `/u/${U.coord.id}`, { payloads: expect });
  const list = json('neighbourhoods API', await U.admin.get('/api/v1/neighbourhoods'));
  for (const n of made) {
    if (!list.items?.some((x) => x.slug === n.slug && x.name === kept(n.name) && x.description === kept(n.description))) problem('neighbourhoods API', `${n.slug} differs`);
  }
  await view.visit('JSON API (navigated)', null, '/api/v1/neighbourhoods');
  await view.visit('iCalendar (navigated)', null, `/n/${made[0].slug}/calendar.ics`);
  assertClean('neighbourhoods');
}

// ---- neighbourly help ---------------------------------------------------------------------

const HELPERS = ['klaus', 'fatma', 'marie', 'luca', 'aylin', 'mohammed'];
/** The next payload for a field that is filled once per thing found (a queue, a list of reports). */
const turns = new Map();
function next(label) {
  turns.set(label, (turns.get(label) ?? -1) + 1);
  return PL[turns.get(label) % P];
}

/** The address of a paged list's next page, from its HTML, or null. */
function nextPage(html) {
  const m = /<a href="([^"]+)" rel="next">/.exec(html);
  return m ? m[1].replaceAll('&amp;', '&').replaceAll('&#38;', '&') : null;
}

async function help(items) {
  const { coord, ben, lena, irina } = U;
  const entries = [];
  await pool(items, async (i) => {
    const category = i % 2 === 0 || categories.length === 0 ? { key: 'shopping', label: '' } : categories[i % categories.length];
    const form = {
      kind: 'request', category: category.key, title: pay(i, 0), body: pay(i, 1), area: pay(i, 2),
      on_behalf: pay(i, 3), urgency: 'normal', visibility: 'neighbours',
    };
    if (FULL) await checkEcho(coord, `/n/${SLUG}/help`, form, 'help form with hints');
    const { r, sent } = await submit(coord, `/n/${SLUG}/help`, form, ['title', 'body', 'area', 'on_behalf'], 'help entry');
    entries.push({ i, path: r.location.split('?')[0], id: r.location.match(/help\/([0-9a-f-]{36})/)[1], ...sent, label: category.label });
  });
  // Newest first, as the list shows them (ids are UUID v7: in time order).
  entries.sort((a, b) => (a.id < b.id ? 1 : -1));
  // The lists while the entries are open.
  // Paged by key: each page links the next.
  let listPath = `/n/${SLUG}/help`;
  for (let page = 0; page * 20 < entries.length; page++) {
    const shown = entries.slice(page * 20, page * 20 + 20).flatMap((e) => [e.title, e.area, e.on_behalf]);
    const html = await view.show('help list', ben, listPath, { expect: shown, payloads: shown });
    listPath = nextPage(html);
    if (!listPath) break;
  }
  await view.visit('neighbourhood page', ben, `/n/${SLUG}`, { payloads: entries.map((e) => e.title) });
  // The search shows what was typed back, and the entries it finds.
  for (const e of entries.slice(0, 3)) {
    await view.show('search', ben, `/n/${SLUG}/search?q=${encodeURIComponent(e.title)}`, { payloads: [e.title, e.body] });
  }
  await view.visit('printed notice board', coord, `/n/${SLUG}/aushang`, { payloads: entries.flatMap((e) => [e.title, e.body]) });
  await view.show('printed notice board (Leichte Sprache)', coord, `/n/${SLUG}/aushang?lang=easy`, { payloads: entries.map((e) => e.title) });

  // Answer, write, accept, done, thanks, report, easy version.
  await pool(entries, async (e) => {
    const h = U[HELPERS[e.i % HELPERS.length]];
    const { r, sent: answer } = await submit(h, `${e.path}/answer`, { body: pay(e.i, 4) }, ['body'], 'answer');
    e.conversation = r.location.split('#')[0].split('?')[0];
    e.answer = answer.body;
    const { sent: msg } = await submit(h, e.conversation, { body: pay(e.i, 5) }, ['body'], 'message');
    e.message = msg.body;
    assert.equal((await coord.post(`${e.path}/accept`, { partner: h.id })).status, 303);
    assert.equal((await coord.post(`${e.path}/done`, {})).status, 303);
    const { sent: thanks } = await submit(coord, `${e.path}/thanks`, { note: pay(e.i, 6) }, ['note'], 'thank-you note');
    e.thanks = thanks.note;
    await submit(ben, `${e.path}/report`, { reason: pay(e.i, 7) }, ['reason'], 'report of an entry');
    const easyForm = { title: pay(e.i, 8), body: pay(e.i, 9) };
    if (FULL) await checkEcho(coord, `/easy/help_entry/${e.id}`, easyForm, 'easy-language page with hints');
    const { sent: easy } = await submit(coord, `/easy/help_entry/${e.id}`, { ...easyForm, action: 'review' }, ['title', 'body'], 'easy-language version');
    e.easy = easy;
  });
  // Irina reviews: the queue, the calm view, approve with a note.
  const queue = await view.show('easy-language review queue', irina, '/easy/reviews', { payloads: entries.map((e) => e.easy.title) });
  await pool([...new Set(uuidIn(/href="\/easy\/reviews\/([0-9a-f-]{36})"/g, queue))], async (id) => {
    if (FULL) await view.show('easy-language review page', irina, `/easy/reviews/${id}`);
    await submit(irina, `/easy/reviews/${id}`, { decision: 'approve', note: next('review note') }, ['note'], 'review note');
  });
  // Each entry: as a neighbour who reads Leichte Sprache, the author's easy
  // page with the review note, the conversation.
  await pool(entries, async (e) => {
    await view.show('help entry', lena, e.path, {
      expect: [e.title, e.area, e.on_behalf, e.label, e.easy.title, e.thanks],
      payloads: [e.title, e.body, e.area, e.on_behalf, e.easy.title, e.easy.body, e.thanks],
    });
    await view.show('easy-language page', coord, `/easy/help_entry/${e.id}`, {
      expect: [e.title, e.easy.title, e.easy.body], payloads: [e.title, e.body, e.easy.title, e.easy.body],
    });
    const conv = await view.show('conversation', coord, e.conversation, { expect: [e.answer, e.message], payloads: [e.answer, e.message, e.title] });
    // Report the helper's last message (each report is hidden later).
    const mid = uuidIn(/action="\/inbox\/[0-9a-f-]{36}\/messages\/([0-9a-f-]{36})\/report"/g, conv).pop();
    await submit(coord, `${e.conversation}/messages/${mid}/report`, { reason: next('report of a message') }, ['reason'], 'report of a message');
  });
  // The lists of the people involved.
  const all = entries.flatMap((e) => [e.title, e.body, e.area, e.on_behalf, e.answer, e.message, e.thanks]);
  await view.show('my help entries', coord, `/n/${SLUG}/help/mine`, { expect: entries.map((e) => e.title), payloads: all });
  for (let inboxPath = '/inbox'; inboxPath; ) inboxPath = nextPage(await view.show('inbox', coord, inboxPath, { payloads: all }));
  await view.show('notifications', coord, '/notifications', { payloads: all });
  await pool(HELPERS, async (k) => {
    await view.show('inbox', U[k], '/inbox', { payloads: all });
    await view.show('notifications', U[k], '/notifications', { payloads: all });
    const thanks = await view.show('thank-you notes', U[k], '/account/thanks', { payloads: all });
    for (const id of uuidIn(/action="\/account\/thanks\/([0-9a-f-]{36})"/g, thanks)) {
      await U[k].post(`/account/thanks/${id}`, { shown: 'yes' });
    }
    await view.show('profile', ben, `/u/${U[k].id}`, { payloads: all });
  });
  await view.show('notifications', ben, '/notifications', { payloads: all });
  // Moderation: the reports, then hide each with a reason.
  const mod = await view.show('moderation', coord, `/n/${SLUG}/moderation`, { payloads: all });
  await pool(uuidIn(new RegExp(`action="/n/${SLUG}/moderation/([0-9a-f-]{36})/hide"`, 'g'), mod), (id) => (
    submit(coord, `/n/${SLUG}/moderation/${id}/hide`, { reason: next('moderation reason') }, ['reason'], 'moderation reason')));
  await view.show('notifications (hidden)', coord, '/notifications', { payloads: all });
  await pool(HELPERS, (k) => view.show('notifications (hidden)', U[k], '/notifications', { payloads: all }));
  if (FULL) {
    await pool(entries, async (e) => {
      await view.visit('help entry (hidden)', coord, e.path, { payloads: [e.title, e.body] });
      await view.visit('conversation (hidden)', coord, e.conversation, { payloads: [e.answer, e.message] });
    });
  }
  await view.visit('export of personal data', coord, '/account/export');
}

// ---- events -------------------------------------------------------------------------------

async function events(items) {
  const { ben, anna, verein } = U;
  const made = [];
  await pool(items, async (i) => {
    const holder = i % 3;
    const carrier = carriers[i % carriers.length];
    const [who, path] = holder === 0 ? [verein, `/o/${carrier.slug}/events`]
      : holder === 1 ? [anna, `/n/${SLUG}/events`] : [anna, `${carrierGroup}/events`];
    const form = {
      title: pay(i, 0), description: pay(i, 1), venue: pay(i, 2), online_url: pay(i, 3), cost: pay(i, 4),
      category: 'culture', date: berlinDate(1 + (i % 3)), start_time: '18:00', end_time: '20:00', signup_required: 'yes',
    };
    if (FULL) await checkEcho(who, path, form, 'event form with hints');
    const { r, sent } = await submit(who, path, form, ['title', 'description', 'venue', 'online_url', 'cost'], 'event');
    const id = r.location.match(/\/e\/([0-9a-f-]{36})/)[1];
    const e = { i, id, who, holder, carrier: holder === 0 ? carrier : null, ...sent };
    made.push(e);
    assert.equal((await ben.post(`/e/${id}/signup`, {})).status, 303);
    await submit(who, `/e/${id}/attendees/message`, { message: pay(i, 5), to: 'all' }, ['message'], 'message to attendees');
    if (i % 4 === 3) assert.equal((await who.post(`/e/${id}/cancel`, { confirm: 'yes' })).status, 303);
  });
  await pool(made, async (e) => {
    const shown = [e.title, e.venue, e.cost, e.online_url];
    await view.show('event', ben, `/e/${e.id}`, { expect: shown, payloads: [...shown, e.description] });
    if (FULL) {
      await view.visit('event form', e.who, `/e/${e.id}/edit`, { expect: [e.title, e.description, e.venue, e.cost], payloads: [e.title, e.venue, e.cost] });
      await view.visit('attendees', e.who, `/e/${e.id}/attendees`, { payloads: [e.title] });
    }
    checkIcs(`/e/${e.id}/event.ics`, (await ben.get(`/e/${e.id}/event.ics`)).text, [e], e.title);
  });
  const payloads = made.flatMap((e) => [e.title, e.venue, e.cost]);
  await view.show('calendar', ben, `/n/${SLUG}/calendar`, { payloads });
  await pool(carriers, (c) => view.show('calendar (one organisation)', ben, `/n/${SLUG}/calendar?organisation=${c.id}`, { payloads }));
  // The month grid shows the first events of a day and links the rest to
  // the day, which shows them all.
  const months = [...new Set(made.map((e) => berlinDate(1 + (e.i % 3)).slice(0, 7)))];
  await pool(months, (m) => view.show('calendar month', ben, `/n/${SLUG}/calendar?view=month&month=${m}`, { payloads }));
  const days = [...new Set(made.map((e) => berlinDate(1 + (e.i % 3))))];
  await pool(days, async (d) => {
    const onDay = made.filter((e) => berlinDate(1 + (e.i % 3)) === d);
    await view.show('calendar day', ben, `/n/${SLUG}/calendar?day=${d}`, { expect: onDay.map((e) => e.title), payloads });
  });
  await view.show('notifications', ben, '/notifications', { payloads });
  await pool(carriers, async (c) => {
    await view.show('organisation page', ben, `/o/${c.slug}`, { payloads });
    checkIcs(`/o/${c.slug}/events.ics`, (await ben.get(`/o/${c.slug}/events.ics`)).text, made.filter((e) => e.carrier === c));
  });
  checkIcs(`/n/${SLUG}/calendar.ics`, (await ben.get(`/n/${SLUG}/calendar.ics`)).text, made.filter((e) => e.holder === 0));
  await view.visit('iCalendar (navigated)', ben, `/e/${made[0].id}/event.ics`);
  await view.visit('iCalendar (navigated)', null, `/n/${SLUG}/calendar.ics`);
  // The coordination hides each event, with a reason on the record.
  await pool(made, async (e) => {
    const { sent } = await submit(U.coord, `/e/${e.id}/hide`, { reason: next('event hidden') }, ['reason'], 'event hidden');
    if (FULL) await view.visit('event (hidden)', e.who, `/e/${e.id}`, { expect: [sent.reason], payloads: [sent.reason, e.title] });
  });
  await pool(carriers, (c) => view.show('organisation log', verein, `/o/${c.slug}/log`, { payloads }));
  await view.show('coordination page (log)', U.coord, `/n/${SLUG}/manage/log`, { payloads });
}

// ---- news ---------------------------------------------------------------------------------

async function news(items) {
  const { ben, verein } = U;
  const png = tinyPng();
  const made = [];
  await pool(items, async (i) => {
    const c = carriers[i % carriers.length];
    const { r, sent } = await submit(verein, `/o/${c.slug}/news`, { title: pay(i, 0), body: pay(i, 1), image_alt: pay(i, 2) }, ['title', 'body', 'image_alt'], 'news', { image: png });
    const n = { i, id: r.location.match(/news\/([0-9a-f-]{36})/)[1], path: r.location.split('?')[0], carrier: c, ...sent };
    c.news.push(n);
    made.push(n);
  });
  for (const c of carriers) c.news.sort((a, b) => (a.id < b.id ? -1 : 1));
  await pool(made, (n) => view.show('news', ben, n.path, { expect: [n.title, n.image_alt], payloads: [n.title, n.body, n.image_alt] }));
  await pool(carriers, async (c) => {
    const mine = made.filter((n) => n.carrier === c);
    await view.visit('Atom feed (navigated)', null, `/o/${c.slug}/feed.atom?${c.news.length}`);
    await checkAtom(`/o/${c.slug}/feed.atom`, (await ben.get(`/o/${c.slug}/feed.atom`)).text, mine);
    await view.visit('organisation page', null, `/o/${c.slug}?${c.news.length}`, { payloads: mine.flatMap((n) => [n.title, n.body]) });
  });
  await view.show('neighbourhood page', ben, `/n/${SLUG}`, { payloads: made.map((n) => n.title) });
  await view.show('printed notice board', U.coord, `/n/${SLUG}/aushang`, { payloads: made.map((n) => n.title) });
  // A moderator of the quarter hides each post; the club reads why on its log.
  await pool(made, async (n) => {
    const { sent } = await submit(U.coord, `/o/${n.carrier.slug}/news/${n.id}/hide`, { reason: next('news hidden') }, ['reason'], 'news hidden');
    if (FULL) await view.visit('news (hidden)', verein, n.path, { expect: [sent.reason], payloads: [sent.reason, n.title] });
  });
  await pool(carriers, (c) => view.show('organisation log', verein, `/o/${c.slug}/log`, { payloads: made.map((n) => n.title) }));
}

// ---- organisations ----------------------------------------------------------------------

const PROPOSERS = ['anna', 'ben', 'klaus', 'fatma', 'marie', 'luca'];

async function organisations(items) {
  const made = [];
  await pool(items, async (i) => {
    const who = U[PROPOSERS[i % PROPOSERS.length]];
    const { sent } = await submit(who, `/n/${SLUG}/organisations`, {
      name: pay(i, 0), slug: FULL ? pay(i, 6) : `xss-o-${i}`, kind: 'club', description: pay(i, 1), contact: pay(i, 2),
      opening_hours: pay(i, 3), website: pay(i, 4), social: pay(i, 5),
    }, ['name', 'description', 'contact', 'opening_hours', 'website', 'social', ...(FULL ? ['slug'] : [])], 'organisation');
    made.push({ i, who, ...sent });
  });
  await pool(made, async (o) => {
    const shown = [o.name, o.contact, o.opening_hours, o.website, o.social];
    await view.show('organisation page', o.who, `/o/${o.slug}`, { expect: shown, payloads: [...shown, o.description] });
    if (FULL) await view.visit('organisation form', o.who, `/o/${o.slug}/edit`, { expect: [o.name, o.description, o.contact, o.opening_hours], payloads: shown });
  });
  await confirmOrganisations();
  const names = made.map((o) => o.name);
  await view.showPaged('organisations', U.ben, `/n/${SLUG}/organisations`, { expect: names, payloads: names });
  await view.show('neighbourhood page', U.ben, `/n/${SLUG}`, { payloads: names });
  await view.show('calendar (organisation filter)', U.ben, `/n/${SLUG}/calendar`, { expect: names, payloads: names });
}

// ---- groups -------------------------------------------------------------------------------

const FOUNDERS = ['anna', 'klaus', 'marie'];
const POSTERS = ['ben', 'fatma', 'luca'];

async function groups(items) {
  const made = [];
  await pool(items, async (i) => {
    const founder = U[FOUNDERS[i % 3]];
    const poster = U[POSTERS[i % 3]];
    const { r, sent } = await submit(founder, `/n/${SLUG}/groups`, { name: pay(i, 0), description: pay(i, 1), kind: 'interest', joining: 'open' }, ['name', 'description'], 'group');
    const path = r.location.split('?')[0];
    assert.equal((await poster.post(`${path}/join`, {})).status, 303);
    const { r: t, sent: topic } = await submit(poster, `${path}/topics`, { title: pay(i, 2), body: pay(i, 3) }, ['title', 'body'], 'group topic');
    const topicPath = t.location.split('?')[0];
    const { r: rr, sent: reply } = await submit(founder, topicPath, { body: pay(i, 4) }, ['body'], 'group reply');
    const replyId = rr.location.match(/#p-([0-9a-f-]{36})/)[1];
    made.push({ i, path, topicPath, founder, poster, ...sent, topic, reply: reply.body, replyId });
  });
  await pool(made, async (g) => {
    await view.show('group', g.poster, g.path, { expect: [g.name, g.topic.title], payloads: [g.name, g.description, g.topic.title] });
    await view.show('group topic', g.poster, g.topicPath, { expect: [g.name, g.topic.title], payloads: [g.topic.title, g.topic.body, g.reply] });
    if (FULL) await view.visit('group form', g.founder, `${g.path}/edit`, { expect: [g.name, g.description], payloads: [g.name, g.description] });
  });
  const names = made.map((g) => g.name);
  await view.showPaged('groups', U.ben, `/n/${SLUG}/groups`, { expect: names, payloads: names });
  // The coordination hides each reply, with a reason on the record.
  await pool(made, async (g) => {
    const { sent } = await submit(U.coord, `${g.path}/posts/${g.replyId}/hide`, { reason: next('group post hidden') }, ['reason'], 'group post hidden');
    if (FULL) await view.visit('group topic (hidden)', g.poster, g.topicPath, { expect: [sent.reason], payloads: [sent.reason, g.reply] });
  });
  await view.show('coordination page (log)', U.coord, `/n/${SLUG}/manage/log`, { payloads: names });
}

/** The easy-language check of a form: the form comes back with hints on the text. */
async function checkEcho(who, path, form, kind) {
  const r = await who.post(path, { ...form, action: 'check' });
  assert.equal(r.status, 200, `${kind}: ${r.status}`);
  await view.render(kind, `${kind} ${path}`, r.text, { payloads: Object.values(form) });
}

// ---- what the server reflects -----------------------------------------------------------

/**
 * Not stored but sent back at once: query parameters, the login form, the
 * path on a page that does not exist. Every tenth payload (all in the full run).
 */
async function reflected() {
  const visitor = new Http('visitor');
  const sample = range(0, P).filter((i) => FULL || i % 10 === 0);
  const q = (o) => new URLSearchParams(o).toString();
  await pool(sample, async (i) => {
    const p = pay(i, 0);
    for (const f of ['login next', 'login email', 'help filter', 'calendar filter', 'path']) note(reflections, f, p);
    const pages = [
      ['login form', visitor, 'GET', `/login?${q({ next: `/${p}` })}`],
      ['login form (refused)', visitor, 'POST', '/login', { email: p, password: 'x', next: `/${p}` }],
      ['help list (filter)', U.ben, 'GET', `/n/${SLUG}/help?${q({ kind: p, category: p, date: p })}`],
      ['calendar (filter)', U.ben, 'GET', `/n/${SLUG}/calendar?${q({ view: 'month', month: p, category: p, organisation: p })}`],
      ['page not found', visitor, 'GET', `/x/${encodeURIComponent(p)}`],
    ];
    for (const [kind, who, method, path, form] of pages) {
      const r = await who.request(method, path, { form });
      await view.render(kind, `${kind} ${path.slice(0, 80)}`, r.text, { payloads: [p] });
    }
  });
}

// ---- what is left -------------------------------------------------------------------------

async function finalOutputs() {
  // The JSON outputs: the API and the personal-data export.
  for (const k of ['coord', 'anna', 'ben', 'klaus']) json(`/account/export as ${k}`, await U[k].get('/account/export'));
  // The easy-language checker of the API echoes text in its hints.
  await pool(range(0, P), async (i) => {
    const r = await U.ben.request('POST', '/api/v1/easy-language/check', { json: { text: pay(i, 0) } });
    note(received, 'API easy-language check.text', pay(i, 0));
    json('easy-language check API', r);
  });
  await view.visit('JSON API (navigated)', U.coord, `/api/v1/neighbourhoods/${SLUG}/members`);
  await view.visit('JSON API (navigated)', U.coord, '/api/v1/me');
  await view.visit('export of personal data', U.anna, '/account/export');
}
