// French names of the values the API accepts; an unknown value is shown as it is.

const AGES = {
  teens: 'Moins de 20 ans', twenties: '20 – 29 ans', thirties: '30 – 39 ans', forties: '40 – 49 ans',
  fifties: '50 – 59 ans', sixties: '60 – 69 ans', seventies: '70 – 79 ans', eighties: '80 – 89 ans', nineties: '90 ans et plus',
};
const GENDERS = { female: 'Femme', male: 'Homme', other: 'Autre', undisclosed: 'Je préfère ne pas dire' };
const REGIONS = {
  'tanger-tetouan-al-hoceima': 'Tanger-Tétouan-Al Hoceïma', oriental: "L'Oriental", 'fes-meknes': 'Fès-Meknès',
  'rabat-sale-kenitra': 'Rabat-Salé-Kénitra', 'beni-mellal-khenifra': 'Béni Mellal-Khénifra',
  'casablanca-settat': 'Casablanca-Settat', 'marrakech-safi': 'Marrakech-Safi', 'draa-tafilalet': 'Drâa-Tafilalet',
  'souss-massa': 'Souss-Massa', 'guelmim-oued-noun': 'Guelmim-Oued Noun', 'laayoune-sakia-el-hamra': 'Laâyoune-Sakia El Hamra',
  'dakhla-oued-ed-dahab': 'Dakhla-Oued Ed-Dahab', abroad: "À l'étranger",
};
const LANGUAGES = {
  ary: 'Darija', arb: 'Arabe standard', fra: 'Français', eng: 'Anglais', spa: 'Espagnol',
  zgh: 'Amazighe standard', tzm: 'Tamazight (Atlas)', shi: 'Tachelhit', rif: 'Tarifit', hassaniya: 'Hassaniya',
};

export const labels = {
  ageBrackets: (v) => AGES[v] || v,
  genders: (v) => GENDERS[v] || v,
  regions: (v) => REGIONS[v] || v,
  languages: (v) => LANGUAGES[v] || v,
};
