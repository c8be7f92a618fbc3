// The volunteer page: sign up once, then read sentences aloud, write texts and share posts.

import { ApiError, request, token } from './volunteer-api.js';
import { Outbox } from './volunteer-outbox.js';
import { KINDS, showMine } from './volunteer-mine.js';
import { forgetRecorded, loadPrompts, wirePrompts } from './volunteer-prompts.js';
import { prepareSignup, wireSignup } from './volunteer-signup.js';
import { $, fieldError, say, show } from './volunteer-ui.js';
import { showRejectedWriting, wireWrite } from './volunteer-write.js';

const SENT_KEY = 'corpus.volunteer.sent';
const TABS = ['record', 'write', 'mine'];

const context = { outbox: null, onUnauthorized: () => forgetVolunteer('Votre compte n\'est plus reconnu : inscrivez-vous à nouveau.') };

function sentCount() {
  return Number(sessionStorage.getItem(SENT_KEY) || 0);
}

function showWaiting(count) {
  const outbox = $('outbox');
  outbox.hidden = count === 0;
  outbox.dataset.count = String(count);
  outbox.replaceChildren();
  const darija = Object.assign(document.createElement('span'), { lang: 'ary', dir: 'rtl', className: 'ary' });
  darija.textContent = count === 1 ? 'كيتسنّى يتصيفط' : 'كيتسنّاو يتصيفطو';
  outbox.append(count === 1 ? '1 envoi en attente' : `${count} envois en attente`, ' ', darija);
}

function onSent(entry) {
  sessionStorage.setItem(SENT_KEY, String(sentCount() + 1));
  $('sent-count').textContent = String(sentCount());
  say(`${KINDS[entry.kind] || 'Envoi'} reçu, merci !`, 'ok', 'توصلنا، شكرا!');
}

function onRejected(entry, error) {
  if (error.status === 401) { context.onUnauthorized(); return; }
  if (entry.kind === 'recording') {
    forgetRecorded(entry.form.promptId);
    fieldError('record-error', `L'enregistrement de « ${entry.summary} » a été refusé : ${error.message}`);
    say(`Enregistrement non envoyé : ${error.message}`, 'error');
    loadPrompts();
  } else {
    showRejectedWriting(entry, error);
  }
}

function onRetry(entry, error) {
  say(error.status === 0
    ? 'Pas de connexion : gardé sur ce téléphone, envoi dès le retour du réseau.'
    : 'Le serveur est occupé : nouvel essai dans un moment.', 'info', 'غادي يتصيفط من بعد');
}

function selectTab(name, focus = false) {
  if ($(`tab-${name}`).getAttribute('aria-selected') !== 'true') say('');
  for (const tab of TABS) {
    const selected = tab === name;
    const button = $(`tab-${tab}`);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    show(`panel-${tab}`, selected);
    if (selected && focus) button.focus();
  }
  if (name === 'mine' && token.get()) {
    showMine(token.get()).catch((error) => {
      if (error.status === 401) context.onUnauthorized();
    });
  }
}

function wireTabs() {
  TABS.forEach((tab, index) => {
    const button = $(`tab-${tab}`);
    button.addEventListener('click', () => selectTab(tab));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      selectTab(TABS[(index + step + TABS.length) % TABS.length], true);
    });
  });
}

function showScreen(screen) {
  show('loading', false);
  show('offline-start', screen === 'offline');
  show('signup', screen === 'signup');
  show('contribute', screen === 'contribute');
}

async function showSignup() {
  try {
    await prepareSignup();
    showScreen('signup');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showScreen('offline');
  }
}

function showContribute() {
  $('sent-count').textContent = String(sentCount());
  showScreen('contribute');
  selectTab('record');
  loadPrompts();
}

async function forgetVolunteer(message) {
  token.forget();
  sessionStorage.clear();
  await context.outbox.clear();
  $('withdraw-confirm').hidden = true;
  say(message, 'info');
  await showSignup();
}

function wireWithdraw() {
  $('withdraw').addEventListener('click', () => {
    fieldError('withdraw-error', '');
    show('withdraw-confirm', true);
    $('withdraw-yes').focus();
  });
  $('withdraw-no').addEventListener('click', () => {
    show('withdraw-confirm', false);
    $('withdraw').focus();
  });
  $('withdraw-yes').addEventListener('click', async () => {
    $('withdraw-yes').disabled = true;
    try {
      const { body } = await request('DELETE', '/api/v1/contributors/me', { bearer: token.get() });
      const count = body && typeof body.withdrawnItems === 'number' ? body.withdrawnItems : 0;
      await forgetVolunteer(`Consentement retiré : ${count} contribution(s) retirée(s) des prochaines publications. Merci pour votre aide.`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401) await forgetVolunteer('Consentement retiré.');
      else fieldError('withdraw-error', error.status === 0 ? 'Pas de connexion : réessayez quand le réseau revient.' : error.message);
    } finally {
      $('withdraw-yes').disabled = false;
    }
  });
}

async function start() {
  context.outbox = await Outbox.open({ onChange: showWaiting, onSent, onRejected, onRetry });
  wireTabs();
  wireSignup(showContribute);
  wirePrompts(context);
  wireWrite(context);
  wireWithdraw();
  $('start-retry').addEventListener('click', showSignup);
  window.addEventListener('online', () => { if (!$('offline-start').hidden) showSignup(); });
  await context.outbox.changed();
  if (token.get()) showContribute();
  else await showSignup();
  context.outbox.flush(true);
}

start();
