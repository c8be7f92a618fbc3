// Talking to the Corpus API: the volunteer's token, idempotency keys, and RFC 7807 problems.

const TOKEN_KEY = 'corpus.volunteer.token';

export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // Pages served over plain http on a local network have no randomUUID.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const token = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (value) => localStorage.setItem(TOKEN_KEY, value),
  forget: () => localStorage.removeItem(TOKEN_KEY),
};

/** A failed request: status 0 means the network failed and the request may be retried. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problemText(problem) || (status === 0 ? 'network error' : `HTTP ${status}`));
    this.status = status;
    this.problem = problem || {};
  }

  get retriable() {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  get errors() {
    return this.problem.errors && typeof this.problem.errors === 'object' ? this.problem.errors : {};
  }
}

export function problemText(problem) {
  if (!problem) return '';
  const errors = problem.errors && typeof problem.errors === 'object' ? problem.errors : {};
  const parts = Object.entries(errors).map(([field, messages]) => `${field} : ${[].concat(messages).join(' ; ')}`);
  return parts.length ? parts.join(' – ') : (problem.detail || problem.title || '');
}

/** fetch that throws ApiError for network failures and non-2xx answers, and returns the parsed body (or null). */
export async function request(method, url, { body, json, key, bearer } = {}) {
  const headers = { Accept: 'application/json' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (key) headers['Idempotency-Key'] = key;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body, cache: 'no-store' });
  } catch {
    throw new ApiError(0);
  }
  let parsed = null;
  const type = response.headers.get('Content-Type') || '';
  if (response.status !== 204 && type.includes('json')) {
    try {
      parsed = await response.json();
    } catch {
      if (response.ok) throw new ApiError(0);
    }
  }
  if (!response.ok) throw new ApiError(response.status, parsed);
  return { status: response.status, body: parsed };
}
