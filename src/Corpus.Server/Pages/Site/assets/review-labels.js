// Words shown to annotators, in French with the Darija alongside.

export const KINDS = {
  text: ['Texte', 'نص'],
  social: ['Publication', 'منشور'],
  recording: ['Enregistrement', 'تسجيل'],
};

// In the order the API lists them; the number keys 1-7 pick them in this order.
export const REJECT_REASONS = [
  ['wrong_language', 'Pas de la darija / mauvaise langue', 'ماشي دارجة'],
  ['bad_audio', 'Son inutilisable', 'الصوت خايب'],
  ['misread', 'Mal lu, ne suit pas le texte', 'تقرا غالط'],
  ['offensive', 'Insultant ou choquant', 'كلام قبيح'],
  ['pii', 'Données personnelles', 'معلومات شخصية'],
  ['duplicate', 'Doublon', 'مكرر'],
  ['other', 'Autre raison (dites laquelle dans la note)', 'شي حاجة أخرى'],
];

export const LANGUAGES = {
  'ary-Arab': 'darija en écriture arabe',
  'ary-Latn': 'darija en lettres latines (arabizi)',
  arb: 'arabe standard',
  fra: 'français',
  eng: 'anglais',
  zgh: 'amazighe (tifinagh)',
  other: 'autre',
};

export const DECISIONS = {
  approve: 'approuvé',
  fix: 'corrigé',
  reject: 'rejeté',
};

export const STATES = {
  accepted: 'accepté',
  rejected: 'rejeté',
  flagged: 'en attente d’autres avis',
};

export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

export function percent(value) {
  return `${Math.round(value * 100)} %`;
}

export function clock(date) {
  return date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
}
