// The annotators' page: log in with a token, claim a batch of flagged items, and approve, fix or reject
// each one, by mouse or keyboard. The flow is: login -> claim -> item -> decision -> next item (claiming
// again when the batch is done) until the queue is empty.

import { ApiError, ReviewApi } from './review-api.js';
import { hasAudio, loadAudio, togglePlay, unloadAudio } from './review-audio.js';
import { showItem } from './review-item.js';
import { DECISIONS, REJECT_REASONS, STATES, clock, plural } from './review-labels.js';
import { showStats } from './review-stats.js';

const TOKEN_KEY = 'corpus.review.token';
const BATCH = 10;
const $ = (id) => document.getElementById(id);

const state = {
  api: null,
  queue: [],
  index: 0,
  waiting: 0,
  busy: false,
  expired: false,
  decidedHere: 0,
};

// ---- messages ---------------------------------------------------------------------------------------

function say(text) {
  $('status').textContent = text;
}

function clearProblem() {
  $('problem').hidden = true;
  $('problem').replaceChildren();
  for (const id of ['fix-error', 'reason-error', 'note-error']) {
    $(id).hidden = true;
    $(id).textContent = '';
  }
}

function showProblem(title, errors = {}) {
  const box = $('problem');
  const heading = document.createElement('p');
  heading.className = 'problem-title';
  heading.textContent = title;
  const parts = [heading];
  const fields = Object.entries(errors);
  if (fields.length > 0) {
    const list = document.createElement('ul');
    for (const [field, messages] of fields) {
      const li = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = field;
      li.append(name, ` : ${[].concat(messages).join(', ')}`);
      list.append(li);
    }
    parts.push(list);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

function showFieldError(id, message) {
  if (!message) return;
  $(id).textContent = message;
  $(id).hidden = false;
}

function problemOf(error) {
  return error instanceof ApiError ? error : new ApiError(0, { title: String(error && error.message || error) });
}

// ---- login ------------------------------------------------------------------------------------------

function showLogin(message) {
  $('work').hidden = true;
  $('signed-in').hidden = true;
  $('login').hidden = false;
  if (message) showProblem(message);
  $('token').focus();
}

async function logIn(token, fromStorage) {
  state.api = new ReviewApi(token);
  clearProblem();
  say('Vérification du jeton…');
  let stats;
  try {
    stats = await state.api.stats();
  } catch (error) {
    const problem = problemOf(error);
    say('');
    if (problem.status === 401 || problem.status === 403) localStorage.removeItem(TOKEN_KEY);
    if (problem.status === 401) {
      showLogin(fromStorage
        ? 'Votre jeton enregistré n’est plus valable (révoqué ?). Collez un nouveau jeton.'
        : 'Ce jeton n’est pas reconnu : vérifiez que vous l’avez collé en entier, ou demandez-en un nouveau.');
    } else if (problem.status === 403) {
      showLogin('Ce jeton n’est pas un jeton d’annotateur : il ne permet pas de relire. Demandez un jeton « annotator ».');
    } else {
      showLogin(`Connexion impossible : ${problem.message}`);
    }
    return;
  }
  localStorage.setItem(TOKEN_KEY, token);
  $('token').value = '';
  $('login').hidden = true;
  $('work').hidden = false;
  $('signed-in').hidden = false;
  state.decidedHere = 0;
  updateCount();
  showStats(stats, state.decidedHere);
  await claim();
}

function logOut() {
  localStorage.removeItem(TOKEN_KEY);
  state.api = null;
  state.queue = [];
  unloadAudio();
  $('item').hidden = true;
  $('last-outcome').textContent = '';
  clearProblem();
  say('Vous êtes déconnecté. Vos éléments non traités retourneront dans la file à la fin de la réservation.');
  showLogin();
}

function tokenRefused() {
  localStorage.removeItem(TOKEN_KEY);
  state.queue = [];
  unloadAudio();
  $('item').hidden = true;
  showLogin('Le serveur ne reconnaît plus votre jeton (révoqué ?). Reconnectez-vous avec un jeton valable.');
}

function updateCount() {
  $('decided-count').textContent = plural(state.decidedHere, 'décision', 'décisions');
}

// ---- claiming and moving through the batch ------------------------------------------------------------

function current() {
  return state.queue[state.index] || null;
}

// The server writes seven fractional digits; only milliseconds are certain to parse everywhere.
function parseTime(text) {
  return Date.parse(String(text).replace(/(\.\d{3})\d+/, '$1'));
}

function leaseEnd() {
  const times = state.queue.map((entry) => parseTime(entry.leaseUntil)).filter((t) => !Number.isNaN(t));
  return times.length === 0 ? null : new Date(Math.min(...times));
}

function setClaimLabel(french, darija) {
  const ar = document.createElement('span');
  ar.lang = 'ar';
  ar.dir = 'rtl';
  ar.textContent = darija;
  $('claim').replaceChildren(`${french} · `, ar);
}

function renderQueue() {
  $('queue-summary').textContent = `${plural(state.waiting, 'élément attend', 'éléments attendent')} une relecture en tout · `
    + `vous en avez ${state.queue.length} en main.`;
  tickLease();
}

function tickLease() {
  const end = leaseEnd();
  const lease = $('lease');
  if (!end || state.queue.length === 0) {
    lease.textContent = '';
    return;
  }
  const left = end.getTime() - Date.now();
  if (left > 0) {
    const minutes = Math.ceil(left / 60_000);
    lease.textContent = `Ces éléments vous sont réservés jusqu’à ${clock(end)} (encore ${plural(minutes, 'minute', 'minutes')}).`;
    return;
  }
  lease.textContent = `Votre réservation a expiré à ${clock(end)}.`;
  if (!state.expired) expire(end);
}

function expire(end) {
  state.expired = true;
  setActionsEnabled(false);
  closePanels(false);
  unloadAudio();
  setClaimLabel('Réserver à nouveau', 'عاود خود');
  $('claim').hidden = false;
  showProblem(`Votre réservation a expiré à ${clock(end)} : ces éléments sont retournés dans la file pour d’autres annotateurs. `
    + 'Réservez à nouveau pour continuer.');
  $('claim').focus();
}

/** Claims a batch; quiet keeps the status line (the answer to the decision that emptied the batch). */
async function claim(quiet = false) {
  if (state.busy) return;
  state.busy = true;
  if (!quiet) clearProblem();
  $('claim').hidden = true;
  if (!quiet) say('Réservation d’éléments…');
  try {
    const batch = await state.api.claim(BATCH);
    state.queue = batch.items;
    state.waiting = batch.waiting;
    state.index = 0;
    state.expired = false;
    if (!quiet) say(state.queue.length > 0 ? `${plural(state.queue.length, 'élément réservé', 'éléments réservés')} pour vous.` : '');
  } catch (error) {
    handleFailure(problemOf(error), 'La réservation a échoué');
    $('claim').hidden = false;
    return;
  } finally {
    state.busy = false;
  }
  showCurrent();
}

function showCurrent() {
  renderQueue();
  closePanels(false);
  const entry = current();
  if (!entry) {
    unloadAudio();
    $('item').hidden = true;
    setClaimLabel('Chercher d’autres éléments', 'قلّب على خرين');
    $('claim').hidden = false;
    $('queue-summary').textContent = `Rien d’autre à relire pour l’instant : merci ! ${$('queue-summary').textContent}`;
    return;
  }
  $('claim').hidden = true;
  $('item').hidden = false;
  showItem(entry, state.index + 1, state.queue.length);
  $('fix-text').value = entry.item.text ?? '';
  for (const radio of document.querySelectorAll('input[name="reason"]')) radio.checked = false;
  $('reject-note').value = '';
  setActionsEnabled(true);
  loadAudio(state.api, entry.audioUrl, () => {});
  $('item-title').focus();
}

function drop(entry) {
  const at = state.queue.indexOf(entry);
  if (at >= 0) state.queue.splice(at, 1);
  if (state.index >= state.queue.length) state.index = 0;
}

/** Shows the next item; claimAgain fetches a new batch when this one is done (not after giving an item back
 * or losing its claim: the claim would hand that very item straight back). */
async function afterDrop(claimAgain = true) {
  if (claimAgain && state.queue.length === 0 && !state.expired) {
    await claim(true);
    return;
  }
  showCurrent();
}

function later() {
  if (state.queue.length < 2 || state.busy || state.expired) return;
  state.index = (state.index + 1) % state.queue.length;
  say('Élément gardé pour plus tard.');
  showCurrent();
}

// ---- decisions --------------------------------------------------------------------------------------

function setActionsEnabled(enabled) {
  for (const id of ['approve', 'fix', 'reject', 'skip', 'next']) $(id).disabled = !enabled;
  $('next').disabled = !enabled || state.queue.length < 2;
  for (const button of document.querySelectorAll('.panel button[type="submit"]')) button.disabled = !enabled;
}

function outcomeText(view) {
  const done = DECISIONS[view.decision] || view.decision;
  if (view.settled) return `Décision enregistrée (${done}). L’élément est réglé : ${STATES[view.state] || view.state}.`;
  return `Décision enregistrée (${done}). L’élément attend d’autres avis (${view.accepts} pour, ${view.rejects} contre).`;
}

async function decide(body) {
  const entry = current();
  if (!entry || state.busy || state.expired) return;
  state.busy = true;
  clearProblem();
  setActionsEnabled(false);
  $('item').setAttribute('aria-busy', 'true');
  say('Envoi de la décision…');
  let decided = false;
  try {
    const view = await state.api.decide(entry.item.id, body);
    decided = true;
    state.decidedHere++;
    updateCount();
    say(outcomeText(view));
    $('last-outcome').textContent = outcomeText(view);
    drop(entry);
    refreshStats();
  } catch (error) {
    const problem = problemOf(error);
    say('');
    if (!handleDecisionFailure(problem, entry)) {
      setActionsEnabled(true);
      return;
    }
  } finally {
    state.busy = false;
    $('item').removeAttribute('aria-busy');
  }
  // After a refusal the annotator reads why before claiming again.
  await afterDrop(decided);
}

/** Says what went wrong; returns true when the item left the annotator's hands and the page should move on. */
function handleDecisionFailure(problem, entry) {
  const idError = problem.field('id') || '';
  if (problem.status === 409 && /no live claim|holds no claim/.test(idError)) {
    showProblem('Votre réservation de cet élément a expiré : il a été retiré de votre liste et retourne dans la file. '
      + 'Réservez à nouveau pour continuer.');
    drop(entry);
    return true;
  }
  if (problem.status === 409 && problem.field('decision')) {
    showProblem('Vous avez déjà donné un autre avis sur cet élément ; une décision est définitive. Il est retiré de votre liste.');
    drop(entry);
    return true;
  }
  if (problem.status === 409 || problem.status === 404) {
    showProblem(`Cet élément n’est plus à relire (${idError || problem.message}). Il est retiré de votre liste.`);
    drop(entry);
    return true;
  }
  if (problem.status === 400) {
    showFieldError('fix-error', problem.field('text'));
    showFieldError('reason-error', problem.field('reason'));
    showFieldError('note-error', problem.field('note'));
  }
  handleFailure(problem, 'La décision n’a pas été enregistrée');
  return false;
}

function handleFailure(problem, what) {
  if (problem.status === 401) {
    tokenRefused();
    return;
  }
  showProblem(`${what} : ${problem.problem.title || problem.message}`, problem.errors);
}

async function skip() {
  const entry = current();
  if (!entry || state.busy || state.expired) return;
  state.busy = true;
  clearProblem();
  try {
    await state.api.giveBack(entry.item.id);
    say('Élément rendu à la file pour un autre annotateur.');
  } catch (error) {
    const problem = problemOf(error);
    if (problem.status === 401) {
      state.busy = false;
      tokenRefused();
      return;
    }
    // 404: the claim had already run out; the item is back in the queue either way.
    if (problem.status !== 404) {
      state.busy = false;
      handleFailure(problem, 'L’élément n’a pas pu être rendu');
      return;
    }
    say('Élément retiré de votre liste (sa réservation avait déjà expiré).');
  }
  state.busy = false;
  drop(entry);
  await afterDrop(false);
}

async function refreshStats() {
  try {
    showStats(await state.api.stats(), state.decidedHere);
  } catch {
    // The panel keeps its last figures; the decision itself went through.
  }
}

// ---- fix and reject panels -----------------------------------------------------------------------------

function openPanel(name) {
  if (!current() || state.busy || state.expired) return;
  closePanels(false);
  clearProblem();
  $(`${name}-form`).hidden = false;
  $(name).setAttribute('aria-expanded', 'true');
  if (name === 'fix') {
    const text = $('fix-text');
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);
  } else {
    (document.querySelector('input[name="reason"]:checked') || document.querySelector('input[name="reason"]')).focus();
  }
}

function openPanelName() {
  if (!$('fix-form').hidden) return 'fix';
  if (!$('reject-form').hidden) return 'reject';
  return null;
}

function closePanels(restoreFocus) {
  const open = openPanelName();
  for (const name of ['fix', 'reject']) {
    $(`${name}-form`).hidden = true;
    $(name).setAttribute('aria-expanded', 'false');
  }
  if (open && restoreFocus) $(open).focus();
}

function submitFix() {
  const text = $('fix-text').value;
  if (text.trim() === '') {
    clearProblem();
    showFieldError('fix-error', 'Le texte corrigé ne peut pas être vide. Pour écarter l’élément, rejetez-le.');
    $('fix-text').focus();
    return;
  }
  decide({ decision: 'fix', text });
}

function submitReject() {
  const chosen = document.querySelector('input[name="reason"]:checked');
  if (!chosen) {
    clearProblem();
    showFieldError('reason-error', 'Choisissez une raison (touches 1 à 7).');
    document.querySelector('input[name="reason"]').focus();
    return;
  }
  const note = $('reject-note').value.trim();
  decide(note ? { decision: 'reject', reason: chosen.value, note } : { decision: 'reject', reason: chosen.value });
}

function buildReasons() {
  const box = $('reasons');
  REJECT_REASONS.forEach(([value, french, darija], i) => {
    const label = document.createElement('label');
    label.className = 'reason';
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'reason';
    radio.value = value;
    const key = document.createElement('kbd');
    key.textContent = String(i + 1);
    const ar = document.createElement('span');
    ar.lang = 'ar';
    ar.dir = 'rtl';
    ar.textContent = darija;
    label.append(radio, key, ` ${french} · `, ar);
    box.append(label);
  });
}

// ---- keyboard -----------------------------------------------------------------------------------------

function isTyping(target) {
  return target instanceof HTMLTextAreaElement
    || (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type));
}

function onKey(event) {
  if ($('work').hidden || event.altKey) return;
  const panel = openPanelName();
  if (event.key === 'Escape' && panel) {
    event.preventDefault();
    closePanels(true);
    return;
  }
  if (panel === 'fix' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submitFix();
    return;
  }
  if (event.ctrlKey || event.metaKey || isTyping(event.target)) return;
  if (panel === 'reject') {
    const n = Number.parseInt(event.key, 10);
    if (n >= 1 && n <= REJECT_REASONS.length) {
      event.preventDefault();
      const radio = document.querySelectorAll('input[name="reason"]')[n - 1];
      radio.checked = true;
      radio.focus();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      submitReject();
    }
    return;
  }
  if (panel) return;
  if (event.target instanceof HTMLAudioElement) return;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const actions = {
    a: () => decide({ decision: 'approve' }),
    f: () => openPanel('fix'),
    r: () => openPanel('reject'),
    s: () => skip(),
    n: () => later(),
    ArrowRight: () => later(),
  };
  if (key === ' ' && hasAudio()) {
    event.preventDefault();
    togglePlay();
    return;
  }
  const action = actions[key];
  if (!action || $('item').hidden) return;
  event.preventDefault();
  action();
}

// ---- start ------------------------------------------------------------------------------------------

function start() {
  buildReasons();
  $('login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $('token').value.trim();
    if (!token) {
      showLogin('Collez votre jeton avant de vous connecter.');
      return;
    }
    logIn(token, false);
  });
  $('logout').addEventListener('click', logOut);
  $('claim').addEventListener('click', () => claim());
  $('approve').addEventListener('click', () => decide({ decision: 'approve' }));
  $('fix').addEventListener('click', () => (openPanelName() === 'fix' ? closePanels(true) : openPanel('fix')));
  $('reject').addEventListener('click', () => (openPanelName() === 'reject' ? closePanels(true) : openPanel('reject')));
  $('skip').addEventListener('click', skip);
  $('next').addEventListener('click', later);
  $('fix-form').addEventListener('submit', (event) => { event.preventDefault(); submitFix(); });
  $('reject-form').addEventListener('submit', (event) => { event.preventDefault(); submitReject(); });
  for (const cancel of document.querySelectorAll('[data-cancel]')) cancel.addEventListener('click', () => closePanels(true));
  document.addEventListener('keydown', onKey);
  setInterval(() => { if (!$('work').hidden) tickLease(); }, 1000);

  const saved = localStorage.getItem(TOKEN_KEY);
  if (saved) logIn(saved, true);
  else showLogin();
}

start();
