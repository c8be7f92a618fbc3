// The small statistics panel: the queue, how many agreeing decisions settle an item, and each annotator's
// decisions and agreement with settled outcomes (GET /api/v1/review/stats).

import { percent, plural } from './review-labels.js';

function cell(tag, text) {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function line(text) {
  return cell('p', text);
}

function seconds(ms) {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

/** Renders stats; decidedHere is how many decisions this page sent since the annotator logged in. */
export function showStats(stats, decidedHere) {
  const body = document.getElementById('stats-body');
  const parts = [
    line(`${plural(stats.waiting, 'élément attend', 'éléments attendent')} une relecture.`),
    line(`${plural(stats.agreementsToSettle, 'avis concordant règle', 'avis concordants règlent')} un élément.`),
    line(`Vos décisions depuis la connexion : ${decidedHere}.`),
  ];
  const agreement = stats.agreement;
  if (agreement && agreement.items > 0) {
    const alpha = typeof agreement.krippendorffAlpha === 'number' ? `, alpha de Krippendorff ${agreement.krippendorffAlpha.toFixed(2)}` : '';
    parts.push(line(`Accord entre annotateurs : ${percent(agreement.pairwiseAgreement)} des paires${alpha} `
      + `(${plural(agreement.items, 'élément relu', 'éléments relus')} par plusieurs).`));
  }
  const annotators = Array.isArray(stats.annotators) ? stats.annotators : [];
  if (annotators.length > 0) {
    const table = document.createElement('table');
    table.append(cell('caption', 'Annotateurs : décisions et accord avec le résultat final'));
    const head = document.createElement('tr');
    for (const title of ['Annotateur', 'Décisions', 'Accord', 'Temps médian']) {
      const th = cell('th', title);
      th.scope = 'col';
      head.append(th);
    }
    table.append(head);
    for (const annotator of annotators) {
      const row = document.createElement('tr');
      const you = annotator.annotator === stats.you;
      const name = cell('th', (annotator.label || annotator.annotator.slice(0, 8)) + (you ? ' (vous)' : ''));
      name.scope = 'row';
      if (you) row.classList.add('you');
      row.append(name, cell('td', String(annotator.decisions)));
      row.append(cell('td', typeof annotator.agreement === 'number'
        ? `${percent(annotator.agreement)} (${annotator.agreed}/${annotator.onSettled})`
        : '—'));
      row.append(cell('td', seconds(annotator.medianDurationMs)));
      table.append(row);
    }
    parts.push(table);
  }
  body.replaceChildren(...parts);
}
