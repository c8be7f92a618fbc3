// First visit: the consent terms, optional demographics, and joining.

import { ApiError, newKey, request, token } from './volunteer-api.js';
import { labels } from './volunteer-labels.js';
import { $, clearErrors, fieldError, focusFirstError, say, showFieldErrors } from './volunteer-ui.js';

const PENDING_KEY = 'corpus.volunteer.signup';
const ERROR_IDS = ['consent-error', 'age-error', 'gender-error', 'region-error', 'languages-error', 'signup-error'];
const FIELDS = {
  consent: 'consent-error', consentVersion: 'consent-error', ageBracket: 'age-error', gender: 'gender-error',
  region: 'region-error', languages: 'languages-error',
};

let consentVersion = null;

function fillSelect(id, values, label) {
  const select = $(id);
  select.length = 1;
  for (const value of values || []) select.add(new Option(label(value), value));
}

function fillLanguages(values) {
  const box = $('languages');
  box.replaceChildren();
  for (const value of values || []) {
    const id = `language-${value}`;
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', id, value, name: 'languages' });
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: labels.languages(value) });
    const choice = document.createElement('div');
    choice.className = 'choice';
    choice.append(input, label);
    box.append(choice);
  }
}

/** Fetches the consent version and the allowed demographic answers; throws ApiError when the server is unreachable. */
export async function prepareSignup() {
  const { body } = await request('GET', '/api/v1/consent');
  consentVersion = body.version;
  $('consent-version').textContent = consentVersion;
  fillSelect('age', body.ageBrackets, labels.ageBrackets);
  fillSelect('gender', body.genders, labels.genders);
  fillSelect('region', body.regions, labels.regions);
  fillLanguages(body.languages);
}

function currentRequest() {
  const languages = [...document.querySelectorAll('#languages input:checked')].map((i) => i.value);
  const body = { consent: $('consent').checked, consentVersion };
  if ($('age').value) body.ageBracket = $('age').value;
  if ($('gender').value) body.gender = $('gender').value;
  if ($('region').value) body.region = $('region').value;
  if (languages.length) body.languages = languages;
  return body;
}

// One key per request body, kept until the sign-up succeeds: resending the same answers after a lost
// response gets the same account back. Changed answers are a new request, so they get a new key.
function keyFor(body) {
  const text = JSON.stringify(body);
  const pending = JSON.parse(localStorage.getItem(PENDING_KEY) || 'null');
  if (pending && pending.body === text) return pending.key;
  const key = newKey();
  localStorage.setItem(PENDING_KEY, JSON.stringify({ key, body: text }));
  return key;
}

export function wireSignup(onJoined) {
  $('signup-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(ERROR_IDS);
    const body = currentRequest();
    if (!body.consent) {
      fieldError('consent-error', 'Cochez la case pour accepter les conditions avant de rejoindre.', 'خاصك توافق على الشروط');
      $('consent').focus();
      return;
    }
    const join = $('join');
    join.disabled = true;
    say('Inscription en cours…');
    try {
      const { body: created } = await request('POST', '/api/v1/contributors', { json: body, key: keyFor(body) });
      token.set(created.token);
      localStorage.removeItem(PENDING_KEY);
      say('Bienvenue ! Merci de contribuer.', 'ok', 'مرحبا بيك!');
      onJoined();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 0) {
        fieldError('signup-error', 'Pas de connexion. Réessayez dans un moment.', 'ماكاينش الاتصال');
      } else {
        const unplaced = showFieldErrors(error.errors, FIELDS);
        if (unplaced.length || !Object.keys(error.errors).length)
          fieldError('signup-error', unplaced.join(' – ') || error.message);
        // The terms changed since this page loaded: show the new version before the volunteer ticks again.
        if (error.errors.consentVersion) prepareSignup().catch(() => {});
        if (Object.keys(error.errors).some((f) => !f.startsWith('consent'))) $('signup-form').querySelector('details').open = true;
        focusFirstError('signup-form');
      }
      say("L'inscription n'a pas abouti.", 'error');
    } finally {
      join.disabled = false;
    }
  });
}
