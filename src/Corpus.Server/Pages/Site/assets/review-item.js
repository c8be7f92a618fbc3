// Shows one claimed item: what it is, its raw text exactly as sent, what the pipeline made of it and why it
// was flagged. Never who sent it. Everything from the server goes in as text, never as markup.

import { KINDS, LANGUAGES, percent, plural } from './review-labels.js';

const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function kindLabel(kind) {
  const [french, darija] = KINDS[kind] || [kind, ''];
  return { french, darija };
}

function languageText(result) {
  if (!result || !result.language) return 'inconnue';
  const name = LANGUAGES[result.language] || result.language;
  const parts = [`${name} (${result.language})`];
  if (result.script) parts.push(`écriture ${result.script}`);
  if (typeof result.languageProbability === 'number') parts.push(`probabilité ${percent(result.languageProbability)}`);
  return parts.join(', ');
}

function flagNode(flag) {
  const li = element('li', 'flag');
  li.dataset.flag = flag.name;
  li.append(element('code', 'flag-name', flag.name));
  li.append(element('span', 'flag-reason', flag.reason || ''));
  const numbers = [];
  if (typeof flag.measured === 'number') numbers.push(`mesuré ${Number(flag.measured.toPrecision(3))}`);
  if (typeof flag.threshold === 'number') numbers.push(`seuil ${Number(flag.threshold.toPrecision(3))}`);
  if (numbers.length > 0) li.append(element('span', 'flag-numbers', numbers.join(' · ')));
  return li;
}

/** Fills the item card for entry (one element of a claim's items) at position (1-based) of total. */
export function showItem(entry, position, total) {
  const item = entry.item;
  const result = item.result || null;
  const kind = kindLabel(item.kind);
  const title = $('item-title');
  title.textContent = kind.french;
  if (kind.darija) {
    const darija = element('span', '', kind.darija);
    darija.lang = 'ar';
    darija.dir = 'rtl';
    title.append(' · ', darija);
  }
  $('item').dataset.itemId = item.id;
  $('item').dataset.kind = item.kind;
  $('item-position').textContent = `${position} sur ${total}`;
  $('item-id').textContent = item.id;
  $('item-decisions').textContent = entry.decisionsSoFar > 0
    ? `déjà ${plural(entry.decisionsSoFar, 'avis', 'avis')} d’autres annotateurs`
    : 'premier avis';

  const recording = item.kind === 'recording';
  $('raw-title').textContent = recording
    ? (item.promptId ? 'Phrase à lire (transcription)' : 'Transcription donnée')
    : 'Texte brut, tel qu’envoyé';
  $('raw').textContent = item.text ?? '';
  $('raw').classList.toggle('empty', !item.text);
  if (!item.text) $('raw').textContent = '(aucun texte)';

  const display = result && result.display;
  $('display-box').hidden = !display;
  $('display').textContent = display || '';
  $('language').textContent = languageText(result);
  $('score').textContent = result ? result.score.toFixed(2) : 'pas encore calculé';
  const durationMs = (result && result.durationMs) || (item.audio && item.audio.durationMs);
  $('duration-row').hidden = !durationMs;
  $('duration').textContent = durationMs ? `${(durationMs / 1000).toFixed(1)} s` : '';

  const flags = $('flags');
  flags.replaceChildren();
  const list = result && Array.isArray(result.flags) ? result.flags : [];
  if (list.length === 0) flags.append(element('li', 'flag none', 'Aucun signalement.'));
  for (const flag of list) flags.append(flagNode(flag));
}
