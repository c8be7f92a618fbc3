// Talks to the review API with the annotator's bearer token; every failure becomes an ApiError
// carrying the RFC 7807 problem (title, detail, errors by field) so the page can say what went wrong.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.errors = problem.errors || {};
  }

  /** The first message the server gave about one field, if any. */
  field(name) {
    const messages = this.errors[name];
    return Array.isArray(messages) && messages.length > 0 ? messages[0] : null;
  }
}

export class ReviewApi {
  constructor(token) {
    this.token = token;
  }

  async #send(method, path, body) {
    const headers = { Authorization: `Bearer ${this.token}`, Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, { title: 'Le serveur ne répond pas. Vérifiez la connexion et réessayez.' });
    }
    if (response.ok) return response;
    let problem = { title: `Le serveur a répondu ${response.status}.` };
    try {
      problem = await response.json();
    } catch {
      // Not a problem document (a proxy's error page, say): keep the status line.
    }
    throw new ApiError(response.status, problem);
  }

  async #json(method, path, body) {
    const response = await this.#send(method, path, body);
    return response.status === 204 ? null : response.json();
  }

  stats() { return this.#json('GET', '/api/v1/review/stats'); }

  claim(count) { return this.#json('POST', '/api/v1/review/claims', { count }); }

  decide(id, decision) { return this.#json('POST', `/api/v1/review/items/${encodeURIComponent(id)}/decision`, decision); }

  giveBack(id) { return this.#json('DELETE', `/api/v1/review/claims/${encodeURIComponent(id)}`); }

  /** The recording's bytes as a blob: an <audio> element cannot send the bearer header itself. */
  async audio(url) {
    const response = await this.#send('GET', url);
    return response.blob();
  }
}
