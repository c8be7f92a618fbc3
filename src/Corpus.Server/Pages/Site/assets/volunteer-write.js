// Typed texts and social posts; both go through the outbox.

import { token } from './volunteer-api.js';
import { $, clearErrors, fieldError, say, showFieldErrors } from './volunteer-ui.js';

const TEXT_FIELDS = { text: 'text-error' };
const SOCIAL_FIELDS = { platform: 'social-platform-error', text: 'social-text-error', url: 'social-url-error' };

function preview(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export function wireWrite(context) {
  $('text-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(Object.values(TEXT_FIELDS));
    const text = $('text-input').value;
    if (!text.trim()) {
      fieldError('text-error', 'Écrivez quelque chose avant d\'envoyer.', 'كتب شي حاجة');
      $('text-input').focus();
      return;
    }
    $('text-input').value = '';
    await context.outbox.add({
      kind: 'text', url: '/api/v1/items/text', bearer: token.get(), json: { text },
      summary: preview(text), context: 'text',
    });
  });

  $('social-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(Object.values(SOCIAL_FIELDS));
    const text = $('social-text').value;
    const url = $('social-url').value.trim();
    if (!text.trim()) {
      fieldError('social-text-error', 'Collez le texte de la publication.', 'حط النص');
      $('social-text').focus();
      return;
    }
    const json = { platform: $('social-platform').value, text };
    if (url) json.url = url;
    $('social-text').value = '';
    $('social-url').value = '';
    await context.outbox.add({
      kind: 'social', url: '/api/v1/items/social', bearer: token.get(), json,
      summary: preview(text), context: 'social',
    });
  });
}

/**
 * The server refused a text or post: put it back in its form (unless the volunteer already typed
 * something else) with each reason beside its field, so it can be fixed and sent again.
 */
export function showRejectedWriting(entry, error) {
  const social = entry.kind === 'social';
  const fields = social ? SOCIAL_FIELDS : TEXT_FIELDS;
  const textBox = $(social ? 'social-text' : 'text-input');
  if (!textBox.value) {
    textBox.value = entry.json.text;
    if (social) {
      $('social-platform').value = entry.json.platform;
      $('social-url').value = entry.json.url || '';
    }
  }
  const unplaced = showFieldErrors(error.errors, fields);
  if (unplaced.length || !Object.keys(error.errors).length) {
    fieldError(social ? 'social-text-error' : 'text-error', unplaced.join(' – ') || error.message);
  }
  say(`Non envoyé : « ${entry.summary} » a été refusé par le serveur (${error.message}). Corrigez-le puis renvoyez-le.`, 'error');
}
