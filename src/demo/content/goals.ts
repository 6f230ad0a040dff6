export interface OperationalGoalContent {
  code: string;
  title: string;
  sdgs: string;
  /** Objektnr. of a budget product of the field's joint budget. */
  product?: string;
}

export interface StrategicGoalContent {
  field: string;
  code: string;
  title: string;
  sdgs: string;
  operational: OperationalGoalContent[];
}

export const strategicGoals: StrategicGoalContent[] = [
  {
    field: 'MOB',
    code: 'MOB-S1',
    title: 'Der Umweltverbund (Fuß, Rad, Bus und Bahn) hat bis 2030 einen Anteil von 65 % an allen Wegen.',
    sdgs: '3,11,13',
    operational: [
      { code: 'MOB-O1', title: 'Radverkehrsanteil bis 2030 auf 25 % erhöhen', sdgs: '11,13', product: 'L09010200002' },
      { code: 'MOB-O2', title: 'Lückenloses, sicheres Radwegenetz zwischen allen Stadtteilen bis 2028', sdgs: '3,11', product: 'L09010200004' },
      { code: 'MOB-O3', title: 'Anteil der Elektro-Pkw am Pkw-Bestand auf 25 % steigern', sdgs: '7,13' },
    ],
  },
  {
    field: 'MOB',
    code: 'MOB-S2',
    title: 'Straßenräume sind sicher und laden zum Aufenthalt ein.',
    sdgs: '3,11',
    operational: [
      { code: 'MOB-O4', title: 'Ampelschaltungen zugunsten des Fuß- und Radverkehrs optimieren', sdgs: '11', product: 'L12010299903' },
      { code: 'MOB-O5', title: 'Tempo 30 in allen Wohngebieten', sdgs: '3,11' },
    ],
  },
  {
    field: 'KLI',
    code: 'KLI-S1',
    title: 'Die Stadtverwaltung ist bis 2035 treibhausgasneutral, das Stadtgebiet bis 2045.',
    sdgs: '7,13',
    operational: [
      { code: 'KLI-O1', title: 'CO2-Emissionen je Einwohnerin und Einwohner bis 2030 auf 4,5 t senken', sdgs: '13', product: 'L14010100005' },
      { code: 'KLI-O2', title: 'Stromverbrauch der städtischen Liegenschaften bis 2030 um 30 % senken', sdgs: '7,12', product: '1.100.01.07.05' },
      { code: 'KLI-O3', title: 'Straßenbeleuchtung vollständig auf LED umstellen', sdgs: '7,11', product: 'L12010299904' },
    ],
  },
  {
    field: 'KLI',
    code: 'KLI-S2',
    title: 'Erneuerbare Energien decken bis 2030 zwei Drittel des Strombedarfs in Musterstadt.',
    sdgs: '7,13',
    operational: [
      { code: 'KLI-O4', title: 'Photovoltaik auf allen geeigneten städtischen Dächern bis 2030', sdgs: '7' },
      { code: 'KLI-O5', title: 'Energieberatung für 500 Haushalte pro Jahr', sdgs: '7,13', product: 'L14010100006' },
    ],
  },
  {
    field: 'WOH',
    code: 'WOH-S1',
    title: 'Alle Einkommensgruppen finden in Musterstadt bezahlbaren Wohnraum.',
    sdgs: '1,11',
    operational: [
      { code: 'WOH-O1', title: 'Jährlich 60 geförderte Wohnungen fertigstellen', sdgs: '11' },
      { code: 'WOH-O2', title: 'Wohnungsverlust durch präventive Hilfen vermeiden', sdgs: '1,11', product: '1.100.05.08.03' },
    ],
  },
  {
    field: 'WOH',
    code: 'WOH-S2',
    title: 'Innenentwicklung vor Außenentwicklung: Der Flächenverbrauch wird begrenzt.',
    sdgs: '11,15',
    operational: [
      { code: 'WOH-O3', title: 'Siedlungs- und Verkehrsfläche je Einwohner nicht weiter steigern', sdgs: '11,15', product: 'L09010100012' },
      { code: 'WOH-O4', title: 'Energetische Sanierung im Zitadellenviertel fördern', sdgs: '7,11', product: 'L09010100014' },
    ],
  },
  {
    field: 'KON',
    code: 'KON-S1',
    title: 'Musterstadt schont Ressourcen: weniger Abfall, weniger Wasserverbrauch.',
    sdgs: '6,12',
    operational: [
      { code: 'KON-O1', title: 'Haushaltsabfälle je Einwohner bis 2030 um 15 % senken', sdgs: '12' },
      { code: 'KON-O2', title: 'Trinkwasserverbrauch je Einwohner senken', sdgs: '6' },
    ],
  },
  {
    field: 'KON',
    code: 'KON-S2',
    title: 'Gesund leben in einer grünen Stadt.',
    sdgs: '3,11,15',
    operational: [
      { code: 'KON-O3', title: 'Naherholungsflächen erhalten und vernetzen', sdgs: '11,15', product: '1.100.13.01.01' },
      { code: 'KON-O4', title: '50 % Bio- und regionale Lebensmittel in Kitas und Schulen', sdgs: '2,12' },
      { code: 'KON-O5', title: 'Bewegungsangebote im öffentlichen Raum ausbauen', sdgs: '3', product: 'L08010100008' },
    ],
  },
  {
    field: 'GLO',
    code: 'GLO-S1',
    title: 'Musterstadt beschafft fair und nachhaltig.',
    sdgs: '8,12',
    operational: [
      { code: 'GLO-O1', title: 'Anteil fair gehandelter Produkte in der Beschaffung auf 50 % steigern', sdgs: '8,12', product: '1.100.01.05.02' },
      { code: 'GLO-O2', title: 'Titel „Fairtrade-Town“ dauerhaft halten', sdgs: '12,17' },
    ],
  },
  {
    field: 'GLO',
    code: 'GLO-S2',
    title: 'Musterstadt übernimmt Verantwortung in Partnerschaften für globale Entwicklung.',
    sdgs: '4,17',
    operational: [
      { code: 'GLO-O3', title: 'Kommunale Klimapartnerschaft mit einer Stadt im Globalen Süden aufbauen', sdgs: '13,17', product: '1.100.15.02.01' },
      { code: 'GLO-O4', title: 'Globales Lernen an allen weiterführenden Schulen', sdgs: '4,17' },
    ],
  },
  {
    field: 'BIL',
    code: 'BIL-S1',
    title: 'Alle Kinder haben von Anfang an gleiche Bildungschancen.',
    sdgs: '4,10',
    operational: [
      { code: 'BIL-O1', title: 'Betreuungsquote der unter 3-Jährigen auf 50 % erhöhen', sdgs: '4,5', product: 'L06010100007' },
      { code: 'BIL-O2', title: 'Sprachförderung in allen Kitas anbieten', sdgs: '4', product: 'L06010100006' },
    ],
  },
  {
    field: 'BIL',
    code: 'BIL-S2',
    title: 'Kein Kind verlässt die Schule ohne Abschluss, keines bleibt von Teilhabe ausgeschlossen.',
    sdgs: '1,4,10',
    operational: [
      { code: 'BIL-O3', title: 'Quote der Schulabgänger ohne Abschluss auf 4 % senken', sdgs: '4', product: 'L03010100069' },
      { code: 'BIL-O4', title: 'Teilhabe von Kindern aus einkommensschwachen Familien sichern', sdgs: '1,10', product: 'L03080100013' },
      { code: 'BIL-O5', title: 'Bildung für nachhaltige Entwicklung in der Volkshochschule verankern', sdgs: '4', product: '1.100.04.04.01' },
    ],
  },
];
