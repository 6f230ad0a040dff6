import type { MeasureStatus } from '../../domain/measureStatus';

/** A progress update: days before the seed time, percent, status, author (person key), note. */
export type ProgressEntry = [daysAgo: number, percent: number, status: MeasureStatus, author: string, note: string];

export interface MeasureContent {
  code: string;
  field: string;
  goal: string;
  title: string;
  description: string;
  responsible: string;
  /** Days relative to the seed time. */
  startDays: number;
  dueDays: number;
  /** Oldest first; the last entry is the measure's current state. */
  history: ProgressEntry[];
}

export const measures: MeasureContent[] = [
  {
    code: 'M-1', field: 'MOB', goal: 'MOB-O1', responsible: 'julia.fischer', startDays: -200, dueDays: 120,
    title: 'Radverkehrskampagne „Fahrradfreundliche Stadt“',
    description: 'Öffentlichkeitsarbeit für den Radverkehr: Stadtradeln, Aktionstage an Schulen, Herbstaktion „Licht an“.',
    history: [
      [150, 10, 'on_track', 'julia.fischer', 'Agentur beauftragt, Kampagnenkonzept liegt vor.'],
      [95, 35, 'on_track', 'julia.fischer', 'Plakatmotive abgestimmt, Start zusammen mit dem Stadtradeln.'],
      [40, 55, 'on_track', 'markus.schneider', 'Stadtradeln mit 1.240 Teilnehmenden abgeschlossen.'],
      [6, 70, 'on_track', 'julia.fischer', 'Herbstaktion „Licht an“ gemeinsam mit den Schulen vorbereitet.'],
    ],
  },
  {
    code: 'M-2', field: 'MOB', goal: 'MOB-O2', responsible: 'frank.schroeder', startDays: -300, dueDays: 60,
    title: 'Lückenschluss Radweg Innenstadt – Nordviertel',
    description: 'Neubau von 1,8 km Zweirichtungsradweg entlang der Ringstraße mit zwei gesicherten Querungen.',
    history: [
      [250, 5, 'on_track', 'frank.schroeder', 'Vorplanung vergeben.'],
      [180, 25, 'on_track', 'frank.schroeder', 'Entwurfsplanung abgeschlossen, Förderantrag gestellt.'],
      [110, 30, 'at_risk', 'frank.schroeder', 'Förderbescheid verzögert sich, der Baubeginn wackelt.'],
      [50, 40, 'delayed', 'markus.schneider', 'Bescheid eingegangen, Ausschreibung erst jetzt möglich – das Bauende verschiebt sich.'],
      [9, 55, 'delayed', 'frank.schroeder', 'Auftrag vergeben, Baubeginn nach der Frostperiode.'],
    ],
  },
  {
    code: 'M-3', field: 'MOB', goal: 'MOB-O3', responsible: 'markus.schneider', startDays: -400, dueDays: 200,
    title: 'Öffentliche Ladeinfrastruktur: 40 Ladepunkte',
    description: 'Gemeinsam mit den Stadtwerken 40 öffentliche Ladepunkte an Quartiersparkplätzen errichten.',
    history: [
      [300, 10, 'on_track', 'oliver.schmid', 'Standortkonzept mit den Stadtwerken abgestimmt.'],
      [210, 30, 'on_track', 'oliver.schmid', 'Die ersten 12 Ladepunkte sind in Betrieb.'],
      [35, 45, 'at_risk', 'markus.schneider', 'Netzanschlüsse an drei Standorten verzögert.'],
    ],
  },
  {
    code: 'M-4', field: 'MOB', goal: 'MOB-O4', responsible: 'anna.weber', startDays: -120, dueDays: 240,
    title: 'Ampelschaltungen für Fuß- und Radverkehr optimieren',
    description: 'Wartezeiten an den 38 Lichtsignalanlagen prüfen, Grüne Welle für den Radverkehr auf den Hauptachsen.',
    history: [
      [100, 5, 'on_track', 'anna.weber', 'Bestandsaufnahme der 38 Lichtsignalanlagen begonnen.'],
      [55, 20, 'on_track', 'anna.weber', 'Grüne Welle für den Radverkehr an der Ringstraße getestet.'],
      [12, 30, 'on_track', 'anna.weber', 'Zählung zeigt 18 % weniger Wartezeit für den Radverkehr.'],
    ],
  },
  {
    code: 'M-5', field: 'MOB', goal: 'MOB-O5', responsible: 'markus.schneider', startDays: -500, dueDays: -30,
    title: 'Tempo 30 in allen Wohngebieten',
    description: 'Verkehrsrechtliche Anordnung und Beschilderung von Tempo-30-Zonen auf Grundlage des Lärmaktionsplans.',
    history: [
      [420, 20, 'on_track', 'markus.schneider', 'Lärmaktionsplan vom Rat beschlossen.'],
      [300, 50, 'on_track', 'oliver.schmid', 'Anordnungen für 14 Straßen erlassen.'],
      [120, 80, 'on_track', 'anna.weber', 'Beschilderung in den Nordquartieren abgeschlossen.'],
      [40, 100, 'done', 'markus.schneider', 'Alle Wohngebiete ausgeschildert, Abschlussbericht an den Ausschuss.'],
    ],
  },
  {
    code: 'M-6', field: 'KLI', goal: 'KLI-O1', responsible: 'miriam.schulte', startDays: -365, dueDays: 90,
    title: 'Klimaschutzkonzept fortschreiben',
    description: 'Treibhausgasbilanz, Beteiligung und Maßnahmenkatalog für das integrierte Klimaschutzkonzept 2035.',
    history: [
      [330, 10, 'on_track', 'miriam.schulte', 'Ausschreibung der Treibhausgasbilanz veröffentlicht.'],
      [240, 35, 'on_track', 'lea.hoffmann', 'Bilanz liegt vor: 7,4 t CO2 je Einwohnerin und Einwohner.'],
      [150, 55, 'on_track', 'miriam.schulte', 'Beteiligungswerkstätten mit 180 Teilnehmenden durchgeführt.'],
      [60, 70, 'at_risk', 'miriam.schulte', 'Maßnahmenkatalog umfangreicher als geplant, Ratsbeschluss eventuell erst im Frühjahr.'],
      [8, 75, 'at_risk', 'lea.hoffmann', 'Entwurf an die Fachbereiche zur Mitzeichnung versandt.'],
    ],
  },
  {
    code: 'M-7', field: 'KLI', goal: 'KLI-O2', responsible: 'stefan.wagner', startDays: -250, dueDays: 300,
    title: 'Energiecontrolling für städtische Gebäude',
    description: 'Digitale Verbrauchserfassung für alle städtischen Liegenschaften, monatliche Auswertung und Hausmeisterschulungen.',
    history: [
      [220, 10, 'on_track', 'stefan.wagner', 'Software für das Energiecontrolling beschafft.'],
      [130, 30, 'on_track', 'stefan.wagner', 'Zählerdaten von 42 Gebäuden angebunden.'],
      [20, 40, 'on_track', 'jonas.becker', 'Erste Auswertung: Schulzentrum Nord mit auffälligem Nachtverbrauch.'],
    ],
  },
  {
    code: 'M-8', field: 'KLI', goal: 'KLI-O3', responsible: 'jonas.becker', startDays: -420, dueDays: 180,
    title: 'LED-Umrüstung der Straßenbeleuchtung',
    description: 'Umrüstung der verbleibenden 4.200 Leuchten auf LED mit Nachtabsenkung in zwei Losen.',
    history: [
      [400, 5, 'on_track', 'jonas.becker', 'Bestandsaufnahme: 6.300 Leuchten, davon 2.100 bereits LED.'],
      [280, 30, 'on_track', 'jonas.becker', 'Erstes Los mit 1.200 Leuchten vergeben.'],
      [160, 45, 'at_risk', 'jonas.becker', 'Lieferengpässe bei Leuchtenköpfen, Montage verschoben.'],
      [30, 60, 'on_track', 'frank.schroeder', 'Montage im Süden abgeschlossen, Lieferprobleme gelöst.'],
      [5, 68, 'on_track', 'jonas.becker', 'Zweites Los ausgeschrieben, Submission in vier Wochen.'],
    ],
  },
  {
    code: 'M-9', field: 'KLI', goal: 'KLI-O4', responsible: 'miriam.schulte', startDays: -300, dueDays: 400,
    title: 'Photovoltaik auf städtischen Dächern',
    description: 'PV-Anlagen auf allen statisch geeigneten Dächern von Schulen, Kitas und Verwaltungsgebäuden.',
    history: [
      [260, 5, 'on_track', 'miriam.schulte', 'Dachflächenpotenzial für 28 Gebäude geprüft.'],
      [170, 15, 'at_risk', 'stefan.wagner', 'Statik bei sechs Schulen unzureichend, Alternativen werden gesucht.'],
      [45, 20, 'delayed', 'miriam.schulte', 'Ausschreibung musste aufgehoben werden, Neuausschreibung in Vorbereitung.'],
    ],
  },
  {
    code: 'M-10', field: 'KLI', goal: 'KLI-O5', responsible: 'jonas.becker', startDays: -200, dueDays: 160,
    title: 'Kampagne Energieberatung für Privathaushalte',
    description: 'Kostenlose Energieberatung mit der Verbraucherzentrale, Thermografie-Spaziergänge in den Quartieren.',
    history: [
      [190, 10, 'on_track', 'jonas.becker', 'Kooperationsvertrag mit der Verbraucherzentrale unterzeichnet.'],
      [120, 35, 'on_track', 'jonas.becker', 'Beratungsgutscheine an 210 Haushalte ausgegeben.'],
      [70, 50, 'on_track', 'lea.hoffmann', 'Thermografie-Spaziergänge in drei Quartieren durchgeführt.'],
      [3, 62, 'on_track', 'jonas.becker', '320 Beratungen seit Jahresbeginn, das Ziel von 500 ist erreichbar.'],
    ],
  },
  {
    code: 'M-11', field: 'KLI', goal: 'KLI-O1', responsible: 'lea.hoffmann', startDays: -180, dueDays: 180,
    title: 'Klimafreundliche Dienstreisen und Fuhrpark',
    description: 'Dienstreiserichtlinie „Bahn vor Pkw“, E-Dienstwagen und Dienstpedelecs für alle Standorte.',
    history: [
      [160, 15, 'on_track', 'lea.hoffmann', 'Dienstreiserichtlinie überarbeitet: Bahn vor Pkw.'],
      [90, 30, 'on_track', 'stefan.wagner', 'Vier E-Dienstwagen und zehn Dienstpedelecs bestellt.'],
      [18, 40, 'at_risk', 'lea.hoffmann', 'Lieferung der E-Dienstwagen verzögert sich um drei Monate.'],
    ],
  },
  {
    code: 'M-12', field: 'KLI', goal: 'KLI-O1', responsible: 'jonas.becker', startDays: -150, dueDays: 210,
    title: 'Kommunale Wärmeplanung',
    description: 'Bestands- und Potenzialanalyse, Zielszenario und Umsetzungsstrategie für eine klimaneutrale Wärmeversorgung.',
    history: [
      [140, 10, 'on_track', 'jonas.becker', 'Datenerhebung bei Netzbetreibern und Schornsteinfegern gestartet.'],
      [75, 25, 'on_track', 'jonas.becker', 'Bestandsanalyse für 9.800 Gebäude abgeschlossen.'],
      [28, 35, 'at_risk', 'miriam.schulte', 'Potenzialanalyse verzögert: Daten der Stadtwerke fehlen noch.'],
      [4, 40, 'at_risk', 'jonas.becker', 'Daten eingegangen, Zeitverzug von etwa sechs Wochen.'],
    ],
  },
  {
    code: 'M-13', field: 'WOH', goal: 'WOH-O4', responsible: 'sabine.schulz', startDays: -400, dueDays: 100,
    title: 'Quartierskonzept Zitadellenviertel',
    description: 'Quartiersmanagement, Sanierungsberatung und Fassadenprogramm im Zitadellenviertel.',
    history: [
      [380, 10, 'on_track', 'sabine.schulz', 'Quartiersmanagement beauftragt.'],
      [260, 40, 'on_track', 'sabine.schulz', 'Sanierungsberatung für 35 Eigentümerinnen und Eigentümer durchgeführt.'],
      [140, 60, 'on_track', 'thomas.meyer', 'Fassadenprogramm: 12 Anträge bewilligt.'],
      [10, 72, 'on_track', 'sabine.schulz', 'Zweiter Bauabschnitt der Platzgestaltung begonnen.'],
    ],
  },
  {
    code: 'M-14', field: 'WOH', goal: 'WOH-O1', responsible: 'thomas.meyer', startDays: -300, dueDays: 60,
    title: 'Baulandmodell mit Quote für geförderten Wohnraum',
    description: 'Verbindliche Quote für geförderten Wohnraum bei allen neuen Bebauungsplänen.',
    history: [
      [280, 20, 'on_track', 'thomas.meyer', 'Grundsatzbeschluss im Rat.'],
      [160, 50, 'on_track', 'sabine.schulz', 'Richtlinie mit der Wohnungswirtschaft abgestimmt.'],
      [60, 70, 'at_risk', 'thomas.meyer', 'Einwände der Investoren zur Quote, Nachverhandlung nötig.'],
      [16, 75, 'at_risk', 'thomas.meyer', 'Kompromiss (25 % und 20 Jahre Mietpreisbindung) in Abstimmung.'],
    ],
  },
  {
    code: 'M-15', field: 'WOH', goal: 'WOH-O2', responsible: 'ahmet.yilmaz', startDays: -500, dueDays: -10,
    title: 'Fachstelle zur Vermeidung von Wohnungslosigkeit',
    description: 'Frühe Hilfe bei Mietschulden und drohender Räumung in Kooperation mit Amtsgericht und Jobcenter.',
    history: [
      [450, 20, 'on_track', 'ahmet.yilmaz', 'Stelle besetzt, Kooperation mit dem Amtsgericht vereinbart.'],
      [300, 55, 'on_track', 'ahmet.yilmaz', '85 Räumungen durch Mietschuldenübernahme verhindert.'],
      [150, 80, 'on_track', 'ahmet.yilmaz', 'Verstetigung im Stellenplan beantragt.'],
      [25, 100, 'done', 'thomas.meyer', 'Stelle dauerhaft im Stellenplan, Maßnahme abgeschlossen.'],
    ],
  },
  {
    code: 'M-16', field: 'WOH', goal: 'WOH-O3', responsible: 'sabine.schulz', startDays: -200, dueDays: 250,
    title: 'Baulückenkataster und Flächenmanagement',
    description: 'Baulücken und Leerstände erfassen und Eigentümer gezielt ansprechen.',
    history: [
      [180, 10, 'on_track', 'sabine.schulz', 'Luftbildauswertung beauftragt.'],
      [100, 25, 'on_track', 'sabine.schulz', '214 Baulücken und 38 Leerstände erfasst.'],
      [35, 30, 'delayed', 'thomas.meyer', 'Eigentümeransprache verzögert sich wegen der Datenschutzprüfung.'],
    ],
  },
  {
    code: 'M-17', field: 'WOH', goal: 'WOH-O3', responsible: 'julia.fischer', startDays: -60, dueDays: 300,
    title: 'Klimaangepasste Bauleitplanung',
    description: 'Checkliste Klimaanpassung (Hitze, Starkregen, Versiegelung) verbindlich für alle Bebauungspläne.',
    history: [
      [50, 10, 'on_track', 'julia.fischer', 'Checkliste Klimaanpassung für Bebauungspläne entworfen.'],
      [7, 20, 'on_track', 'julia.fischer', 'Erste Anwendung im Bebauungsplan 214 „Am Mühlenbach“.'],
    ],
  },
  {
    code: 'M-18', field: 'KON', goal: 'KON-O4', responsible: 'nadine.hartmann', startDays: -250, dueDays: 200,
    title: 'Bio-regionale Verpflegung in Kitas und Schulen',
    description: 'Neue Ausschreibung der Gemeinschaftsverpflegung mit Mindestanteil an Bio- und regionalen Produkten.',
    history: [
      [230, 10, 'on_track', 'nadine.hartmann', 'Speiseplananalyse in 18 Einrichtungen.'],
      [150, 25, 'on_track', 'nadine.hartmann', 'Ausschreibung mit 30 % Bio-Anteil veröffentlicht.'],
      [80, 40, 'on_track', 'sophie.neumann', 'Neuer Caterer gestartet, Bio-Anteil 32 %.'],
      [11, 45, 'on_track', 'nadine.hartmann', 'Elternbefragung: 78 % sind zufrieden.'],
    ],
  },
  {
    code: 'M-19', field: 'KON', goal: 'KON-O1', responsible: 'daniel.wolf', startDays: -180, dueDays: 120,
    title: 'Abfallvermeidungskampagne „Musterstadt mehrweg“',
    description: 'Mehrwegsystem für Gastronomie und Veranstaltungen, Repair-Café und Tauschbörsen.',
    history: [
      [170, 10, 'on_track', 'daniel.wolf', 'Konzept mit dem Entsorgungsbetrieb abgestimmt.'],
      [100, 30, 'on_track', 'daniel.wolf', '45 Gastronomiebetriebe bieten Mehrwegbecher an.'],
      [40, 40, 'at_risk', 'claudia.richter', 'Anbieter des Pfandsystems insolvent, Ersatz wird gesucht.'],
      [13, 45, 'at_risk', 'daniel.wolf', 'Gespräche mit zwei neuen Anbietern laufen.'],
    ],
  },
  {
    code: 'M-20', field: 'KON', goal: 'KON-O2', responsible: 'claudia.richter', startDays: -300, dueDays: -20,
    title: 'Trinkwasserbrunnen in der Innenstadt',
    description: 'Sechs öffentliche Trinkwasserbrunnen als Hitzeschutz und Alternative zu Einwegflaschen.',
    history: [
      [280, 10, 'on_track', 'claudia.richter', 'Sechs Standorte mit den Stadtwerken festgelegt.'],
      [180, 40, 'on_track', 'daniel.wolf', 'Drei Brunnen sind in Betrieb.'],
      [60, 60, 'delayed', 'claudia.richter', 'Der Lieferant kann die restlichen Brunnen erst im nächsten Jahr liefern.'],
    ],
  },
  {
    code: 'M-21', field: 'KON', goal: 'KON-O3', responsible: 'claudia.richter', startDays: -400, dueDays: 500,
    title: 'Grünflächenkonzept und klimaresistente Stadtbäume',
    description: 'Baumkataster, jährlich 150 neue klimaresistente Bäume und Bewässerungspatenschaften.',
    history: [
      [380, 5, 'on_track', 'claudia.richter', 'Baumkataster aktualisiert: 11.400 Stadtbäume.'],
      [270, 15, 'on_track', 'claudia.richter', '120 klimaresistente Bäume gepflanzt.'],
      [170, 25, 'on_track', 'daniel.wolf', 'Bewässerungspatenschaften: 64 Patinnen und Paten gewonnen.'],
      [60, 30, 'at_risk', 'claudia.richter', 'Trockenschäden: 40 Jungbäume müssen ersetzt werden.'],
      [2, 35, 'on_track', 'claudia.richter', 'Herbstpflanzung mit 150 Bäumen beauftragt.'],
    ],
  },
  {
    code: 'M-22', field: 'KON', goal: 'KON-O5', responsible: 'daniel.wolf', startDays: -220, dueDays: 100,
    title: 'Bewegungsparcours in drei Stadtteilen',
    description: 'Frei zugängliche Bewegungsparcours für alle Generationen, geplant mit den Sportvereinen.',
    history: [
      [200, 10, 'on_track', 'daniel.wolf', 'Standorte mit den Sportvereinen abgestimmt.'],
      [120, 40, 'on_track', 'daniel.wolf', 'Parcours Nord eröffnet.'],
      [21, 60, 'on_track', 'daniel.wolf', 'Parcours Süd im Bau, Eröffnung mit dem Stadtsportverband geplant.'],
    ],
  },
  {
    code: 'M-23', field: 'GLO', goal: 'GLO-O1', responsible: 'sophie.neumann', startDays: -200, dueDays: 90,
    title: 'Faire Beschaffung: Leitfaden und Schulungen',
    description: 'Sozial- und Umweltstandards in Ausschreibungen für Textilien, Kaffee, Natursteine und IT.',
    history: [
      [190, 10, 'on_track', 'sophie.neumann', 'Produktgruppen mit Risiken identifiziert: Textilien, Kaffee, IT.'],
      [110, 40, 'on_track', 'sophie.neumann', 'Leitfaden faire Beschaffung in Kraft gesetzt.'],
      [45, 55, 'on_track', 'petra.zimmermann', 'Zwei Schulungen für 34 Beschaffende durchgeführt.'],
      [9, 60, 'on_track', 'sophie.neumann', 'Dienstkleidung erstmals mit Sozialstandards ausgeschrieben.'],
    ],
  },
  {
    code: 'M-24', field: 'GLO', goal: 'GLO-O2', responsible: 'petra.zimmermann', startDays: -150, dueDays: 30,
    title: 'Fairtrade-Town: Titelerneuerung',
    description: 'Nachweise für die fünf Kriterien sammeln und die Titelerneuerung beantragen.',
    history: [
      [140, 20, 'on_track', 'petra.zimmermann', 'Steuerungsgruppe neu besetzt.'],
      [70, 50, 'on_track', 'petra.zimmermann', 'Kriterien 1 bis 4 erfüllt, Bericht in Arbeit.'],
      [30, 60, 'at_risk', 'lea.hoffmann', 'Nachweise der Gastronomie fehlen noch.'],
    ],
  },
  {
    code: 'M-25', field: 'GLO', goal: 'GLO-O3', responsible: 'lea.hoffmann', startDays: -300, dueDays: 400,
    title: 'Kommunale Klimapartnerschaft',
    description: 'Partnerschaft mit einer Stadt im Globalen Süden zu Wasserversorgung und Solarenergie, gefördert über Engagement Global.',
    history: [
      [280, 10, 'on_track', 'lea.hoffmann', 'Absichtserklärung mit der Partnerstadt unterzeichnet.'],
      [200, 20, 'on_track', 'petra.zimmermann', 'Delegationsbesuch: gemeinsame Themen Wasser und Solarenergie.'],
      [90, 30, 'at_risk', 'lea.hoffmann', 'Der Förderantrag muss überarbeitet werden.'],
      [6, 35, 'on_track', 'lea.hoffmann', 'Überarbeiteten Förderantrag eingereicht.'],
    ],
  },
  {
    code: 'M-26', field: 'GLO', goal: 'GLO-O4', responsible: 'felix.lange', startDays: -100, dueDays: 250,
    title: 'Globales Lernen an weiterführenden Schulen',
    description: 'Projekttage zu fairem Handel und Klimagerechtigkeit mit der Eine-Welt-Promotorin.',
    history: [
      [80, 10, 'on_track', 'lea.hoffmann', 'Kooperation mit der Eine-Welt-Promotorin vereinbart.'],
      [15, 20, 'on_track', 'felix.lange', 'Projekttage an zwei Gesamtschulen geplant.'],
    ],
  },
  {
    code: 'M-27', field: 'BIL', goal: 'BIL-O1', responsible: 'nadine.hartmann', startDays: -500, dueDays: 200,
    title: 'U3-Ausbau: 120 neue Betreuungsplätze',
    description: 'Neue Kita-Gruppen und Kindertagespflege für Kinder unter drei Jahren.',
    history: [
      [480, 10, 'on_track', 'nadine.hartmann', 'Bedarfsplanung beschlossen.'],
      [350, 30, 'on_track', 'nadine.hartmann', 'Kita Nordglacis im Umbau (40 Plätze).'],
      [200, 45, 'at_risk', 'michael.braun', 'Fachkräftemangel: zwei Gruppen können nicht öffnen.'],
      [90, 55, 'at_risk', 'nadine.hartmann', 'Kindertagespflege um 24 Plätze erweitert.'],
      [14, 60, 'at_risk', 'nadine.hartmann', 'Ausbildungsoffensive mit den Trägern gestartet.'],
    ],
  },
  {
    code: 'M-28', field: 'BIL', goal: 'BIL-O3', responsible: 'felix.lange', startDays: -400, dueDays: -5,
    title: 'Schulsozialarbeit an allen Grundschulen',
    description: 'Schulsozialarbeit an allen elf Grundschulen, finanziert über das Bildungs- und Teilhabepaket.',
    history: [
      [380, 25, 'on_track', 'felix.lange', 'Träger ausgewählt.'],
      [250, 60, 'on_track', 'felix.lange', 'Sieben von elf Grundschulen versorgt.'],
      [100, 90, 'on_track', 'michael.braun', 'Letzte Stellen besetzt.'],
      [20, 100, 'done', 'felix.lange', 'Alle elf Grundschulen haben Schulsozialarbeit.'],
    ],
  },
  {
    code: 'M-29', field: 'BIL', goal: 'BIL-O3', responsible: 'michael.braun', startDays: -250, dueDays: 120,
    title: 'Bildungsmonitoring und Bildungsbericht',
    description: 'Erster kommunaler Bildungsbericht mit Indikatoren von der Kita bis zum Berufseinstieg.',
    history: [
      [230, 10, 'on_track', 'michael.braun', 'Indikatorenset mit der Schulaufsicht abgestimmt.'],
      [140, 30, 'on_track', 'ahmet.yilmaz', 'Daten von Schulen und Jugendhilfe zusammengeführt.'],
      [50, 35, 'delayed', 'michael.braun', 'Statistikstelle unbesetzt, der Bericht verschiebt sich.'],
    ],
  },
  {
    code: 'M-30', field: 'BIL', goal: 'BIL-O4', responsible: 'ahmet.yilmaz', startDays: -180, dueDays: 180,
    title: 'Teilhabefonds „Alle Kinder essen mit“',
    description: 'Einfacher Zugang zum Mittagessen in Kita und Schule für Kinder aus einkommensschwachen Familien.',
    history: [
      [170, 20, 'on_track', 'ahmet.yilmaz', 'Antragsverfahren vereinfacht: ein Formular statt drei.'],
      [90, 50, 'on_track', 'ahmet.yilmaz', 'Inanspruchnahme um 35 % gestiegen.'],
      [4, 60, 'on_track', 'nadine.hartmann', 'Der Fonds reicht voraussichtlich bis zum Jahresende.'],
    ],
  },
];
