// "Mes contributions": the volunteer's latest items and what became of each (GET /api/v1/contributors/me/items).

import { request } from './volunteer-api.js';
import { $, show } from './volunteer-ui.js';

export const KINDS = { recording: 'Enregistrement', text: 'Texte', social: 'Publication' };
const STATES = {
  received: 'reçu, en cours de vérification',
  processed: 'découpé en passages, vérifiés un à un',
  accepted: 'accepté',
  flagged: 'en relecture par l\'équipe',
  rejected: 'non retenu',
  withdrawn: 'retiré',
};

function entry(item) {
  const li = document.createElement('li');
  li.className = `mine-item state-${item.state}`;
  const head = document.createElement('p');
  head.className = 'mine-head';
  const when = new Date(item.createdAt).toLocaleDateString('fr-MA', { day: 'numeric', month: 'short' });
  head.textContent = `${KINDS[item.kind] || item.kind} · ${when} · ${STATES[item.state] || item.state}`;
  li.append(head);
  if (item.text) {
    const text = document.createElement('p');
    text.className = 'mine-text';
    text.dir = 'auto';
    text.textContent = item.text;
    li.append(text);
  }
  return li;
}

/** Loads and shows the list; a network failure leaves a short note instead (the rest of the page keeps working). */
export async function showMine(bearer) {
  const list = $('mine-list');
  try {
    const { body: items } = await request('GET', '/api/v1/contributors/me/items', { bearer });
    const shown = Array.isArray(items) ? items : [];
    list.replaceChildren(...shown.map(entry));
    show('mine-empty', shown.length === 0);
    show('mine-offline', false);
  } catch (error) {
    if (error.status === 401) throw error;
    show('mine-offline', true);
  }
}
