// Reading prompts aloud: fetch a sentence, record, listen back, then send or record again.

import { ApiError, request, token } from './volunteer-api.js';
import { Recorder, canRecord, fileNameFor, microphoneProblem } from './volunteer-recorder.js';
import { $, fieldError, say, show } from './volunteer-ui.js';

const MAX_SECONDS = 15;
const BATCH = 10;
const SKIPPED_KEY = 'corpus.volunteer.skipped';
const DONE_KEY = 'corpus.volunteer.recorded';

const recorder = new Recorder();
let prompts = [];
let current = null;
let take = null;
let playbackUrl = null;
let ticker = 0;
let context = null;

const remembered = (key) => new Set(JSON.parse(sessionStorage.getItem(key) || '[]'));
const remember = (key, id) => sessionStorage.setItem(key, JSON.stringify([...remembered(key), id]));

function setStage(stage) {
  show('record-start', stage === 'idle');
  show('record-stop', stage === 'recording');
  show('record-timer', stage === 'recording');
  show('record-review', stage === 'recorded');
  $('prompt-skip').disabled = stage === 'recording';
}

function discardTake() {
  take = null;
  if (playbackUrl) URL.revokeObjectURL(playbackUrl);
  playbackUrl = null;
  $('playback').removeAttribute('src');
}

function showPrompt() {
  discardTake();
  fieldError('record-error', '');
  current = prompts.shift() || null;
  show('prompt-empty', !current);
  show('recorder', !!current);
  $('prompt-text').textContent = current ? current.text : '';
  $('prompt-text').hidden = !current;
  setStage('idle');
}

/** Fetches sentences this volunteer has not recorded, leaving out the ones skipped or already queued. */
export async function loadPrompts() {
  const bearer = token.get();
  if (!bearer) return;
  try {
    const { status, body } = await request('GET', `/api/v1/prompts/next?count=${BATCH}`, { bearer });
    const skipped = remembered(SKIPPED_KEY);
    const done = remembered(DONE_KEY);
    const list = status === 204 || !Array.isArray(body) ? [] : body;
    prompts = list.filter((p) => !done.has(p.id) && !skipped.has(p.id));
    if (!prompts.length && list.some((p) => skipped.has(p.id))) {
      // Only skipped sentences are left: offer them again rather than nothing.
      sessionStorage.removeItem(SKIPPED_KEY);
      prompts = list.filter((p) => !done.has(p.id));
    }
    showPrompt();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) { context.onUnauthorized(); return; }
    prompts = [];
    if (error.status === 404) { showPrompt(); return; }
    current = null;
    show('recorder', false);
    show('prompt-empty', true);
    $('prompt-text').hidden = true;
    say(error.status === 0
      ? 'Pas de connexion : les phrases arriveront dès le retour du réseau. Vous pouvez écrire en attendant.'
      : `Les phrases ne sont pas disponibles : ${error.message}`, 'error');
  }
}

function nextPrompt() {
  if (prompts.length) showPrompt();
  else loadPrompts();
}

async function start() {
  fieldError('record-error', '');
  if (!canRecord()) { fieldError('record-error', microphoneProblem(null)); return; }
  try {
    await recorder.start();
  } catch (error) {
    recorder.release();
    fieldError('record-error', microphoneProblem(error));
    return;
  }
  const started = Date.now();
  $('record-timer').textContent = '0:00';
  ticker = setInterval(() => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    $('record-timer').textContent = `0:${String(seconds).padStart(2, '0')}`;
    if (seconds >= MAX_SECONDS) stop();
  }, 250);
  setStage('recording');
  say('Enregistrement… lisez la phrase.', 'info', 'كنسجّلو');
  $('record-stop').focus();
}

async function stop() {
  clearInterval(ticker);
  if (!recorder.recording) return;
  take = await recorder.stop();
  playbackUrl = URL.createObjectURL(take);
  $('playback').src = playbackUrl;
  setStage('recorded');
  say('Écoutez, puis envoyez ou recommencez.', 'info', 'سمع، من بعد صيفط ولا عاود');
  $('record-send').focus();
}

async function send() {
  if (!take || !current) return;
  const prompt = current;
  const audio = take;
  remember(DONE_KEY, prompt.id);
  nextPrompt();
  await context.outbox.add({
    kind: 'recording', url: '/api/v1/recordings', bearer: token.get(),
    form: { audio, promptId: prompt.id }, fileName: fileNameFor(audio.type),
    summary: prompt.text, context: 'record',
  });
}

function skip() {
  if (!current) return;
  remember(SKIPPED_KEY, current.id);
  nextPrompt();
}

export function wirePrompts(ctx) {
  context = ctx;
  $('record-start').addEventListener('click', start);
  $('record-stop').addEventListener('click', stop);
  $('record-redo').addEventListener('click', () => { discardTake(); setStage('idle'); start(); });
  $('record-send').addEventListener('click', send);
  $('prompt-skip').addEventListener('click', skip);
  $('prompt-reload').addEventListener('click', () => { sessionStorage.removeItem(SKIPPED_KEY); loadPrompts(); });
  window.addEventListener('online', () => { if (!current && token.get()) loadPrompts(); });
}

/** A recording the server refused: its sentence can be read again. */
export function forgetRecorded(promptId) {
  sessionStorage.setItem(DONE_KEY, JSON.stringify([...remembered(DONE_KEY)].filter((id) => id !== promptId)));
}
