// Starts one Quartier server in demo mode, in its own temporary directory,
// on a free loopback port. Each test file starts its own.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const QUARTIER_BIN = process.env.QUARTIER_BIN || '/var/tmp/quartier-target/debug/quartier';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// The server's clock starts here (a Wednesday morning in winter) so that no
// browser test depends on the day or hour it runs.
export const CLOCK_START = '2026-12-09T09:00:00Z';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start the server. Resolves to { url, dir, outbox, log(), stop() } once
 * GET /healthz answers 200.
 */
export async function startServer() {
  const dir = await mkdtemp(path.join(tmpdir(), 'quartier-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const outbox = path.join(dir, 'outbox');
  let output = '';
  const child = spawn(QUARTIER_BIN, ['serve', '--demo', '--bind', `127.0.0.1:${port}`], {
    cwd: dir,
    env: {
      // The server refuses unknown QUARTIER_* variables (QUARTIER_BIN among
      // them), so pass none of the caller's on.
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('QUARTIER_'))),
      QUARTIER_DATABASE_URL: `sqlite://${dir}/q.db`,
      QUARTIER_MAIL__OUTBOX_DIR: outbox,
      QUARTIER_PUBLIC_URL: url,
      QUARTIER_CLOCK_START: CLOCK_START,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  child.on('error', (e) => { exited = { error: e }; });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      throw new Error(`quartier exited early (${JSON.stringify(exited)}); binary ${QUARTIER_BIN}\n${output}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`quartier did not answer /healthz within 60 s\n${output}`);
    }
    await sleep(100);
  }

  return {
    url,
    dir,
    outbox,
    log: () => output,
    async stop() {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await done;
        clearTimeout(t);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Undo quoted-printable: soft line breaks and =XX escapes (as UTF-8 bytes). */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** All mails in the outbox, decoded, oldest first by file name. */
export async function readMails(outbox) {
  let names;
  try {
    names = (await readdir(outbox)).filter((n) => n.endsWith('.eml')).sort();
  } catch (e) {
    if (e.code === 'ENOENT') return [];
    throw e;
  }
  const mails = [];
  for (const name of names) {
    const raw = await readFile(path.join(outbox, name), 'utf8');
    mails.push({ name, raw, text: decodeQuotedPrintable(raw) });
  }
  return mails;
}

/**
 * Wait for a mail to `to` that contains a link with `linkPath`, and return
 * that link (the newest such mail wins).
 */
export async function waitForMailLink(outbox, to, linkPath, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  const re = new RegExp(`https?://[^\\s"<>]*${linkPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\?token=[A-Za-z0-9_\\-%.~]+`);
  for (;;) {
    const mails = (await readMails(outbox)).filter((m) => m.text.toLowerCase().includes(to.toLowerCase()));
    for (const m of mails.reverse()) {
      const hit = m.text.match(re);
      if (hit) return hit[0];
    }
    if (Date.now() > deadline) {
      const all = await readMails(outbox);
      throw new Error(`no mail to ${to} with a ${linkPath} link; outbox holds ${all.length} mails`);
    }
    await sleep(100);
  }
}
