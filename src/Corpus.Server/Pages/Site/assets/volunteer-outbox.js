// Every submission waits here (IndexedDB, so it survives a closed tab) until the server has it.
// Each entry keeps the Idempotency-Key it was given when queued, so resending after a lost
// response returns the first answer instead of storing the item twice.

import { ApiError, newKey, request } from './volunteer-api.js';

const DB_NAME = 'corpus-volunteer';
const STORE = 'outbox';
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60000;

function openStore() {
  return new Promise((resolve, reject) => {
    if (!('indexedDB' in window)) { reject(new Error('no IndexedDB')); return; }
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function idbStore(db) {
  const run = (mode, action) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = action(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(result.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return {
    all: () => run('readonly', (s) => s.getAll()),
    put: (entry) => run('readwrite', (s) => s.put(entry)),
    remove: (id) => run('readwrite', (s) => s.delete(id)),
    clear: () => run('readwrite', (s) => s.clear()),
  };
}

// Where IndexedDB is refused (some private modes) the queue lives as long as the page.
function memoryStore() {
  const entries = new Map();
  return {
    all: async () => [...entries.values()],
    put: async (entry) => { entries.set(entry.id, structuredClone(entry)); },
    remove: async (id) => { entries.delete(id); },
    clear: async () => { entries.clear(); },
  };
}

function toBody(entry) {
  if (!entry.form) return { json: entry.json };
  const form = new FormData();
  for (const [name, value] of Object.entries(entry.form)) {
    if (value instanceof Blob) form.append(name, value, entry.fileName || name);
    else if (value !== undefined && value !== null) form.append(name, value);
  }
  return { body: form };
}

export class Outbox {
  constructor(store, { onChange, onSent, onRejected, onRetry }) {
    this.store = store;
    this.onChange = onChange;
    this.onSent = onSent;
    this.onRejected = onRejected;
    this.onRetry = onRetry;
    this.flushing = null;
    this.timer = 0;
  }

  static async open(callbacks) {
    let store;
    try {
      store = idbStore(await openStore());
    } catch {
      store = memoryStore();
    }
    const outbox = new Outbox(store, callbacks);
    window.addEventListener('online', () => outbox.flush(true));
    return outbox;
  }

  async count() {
    return (await this.store.all()).length;
  }

  /** Queues a submission and tries to send it at once; `json` or `form` (fields, Blobs allowed) is the body. */
  async add({ kind, url, json, form, fileName, bearer, summary, context }) {
    const entry = {
      id: newKey(), key: newKey(), kind, url, json, form, fileName, bearer, summary, context,
      queuedAt: Date.now(), attempts: 0, nextAt: 0,
    };
    await this.store.put(entry);
    await this.changed();
    this.flush();
    return entry;
  }

  async clear() {
    clearTimeout(this.timer);
    await this.store.clear();
    await this.changed();
  }

  async changed() {
    this.onChange(await this.count());
  }

  /** Sends what is due; `now` also sends entries still waiting out their backoff (we just came online). */
  flush(now = false) {
    if (this.flushing) {
      this.again = this.again || now;
      return this.flushing;
    }
    const run = async () => {
      try {
        await this.sendDue(now);
      } finally {
        this.flushing = null;
        if (this.again) {
          this.again = false;
          this.flush(true);
        }
      }
    };
    // Two tabs of the page share one outbox: only one sends at a time.
    this.flushing = navigator.locks
      ? navigator.locks.request('corpus-outbox', () => run())
      : run();
    return this.flushing;
  }

  async sendDue(now) {
    clearTimeout(this.timer);
    const entries = (await this.store.all()).sort((a, b) => a.queuedAt - b.queuedAt);
    for (const entry of entries) {
      if (!now && entry.nextAt > Date.now()) continue;
      try {
        const result = await request('POST', entry.url, { ...toBody(entry), key: entry.key, bearer: entry.bearer });
        await this.store.remove(entry.id);
        await this.changed();
        this.onSent(entry, result.body);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.retriable) {
          entry.attempts += 1;
          const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (entry.attempts - 1));
          entry.nextAt = Date.now() + delay * (0.75 + Math.random() / 2);
          await this.store.put(entry);
          this.onRetry(entry, error);
          if (error.status === 0) break; // the network is down: the rest would fail the same way
        } else {
          await this.store.remove(entry.id);
          await this.changed();
          this.onRejected(entry, error);
        }
      }
    }
    await this.schedule();
  }

  async schedule() {
    const entries = await this.store.all();
    if (!entries.length) return;
    const next = Math.min(...entries.map((e) => e.nextAt));
    this.timer = setTimeout(() => this.flush(), Math.max(250, next - Date.now()));
  }
}
