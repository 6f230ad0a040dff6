export const common = {
  unexpectedError: 'Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal. Referenz: {{reference}}',
  helpHeading: 'Befehle von Verwaltung 2.030',
  helpIntro: 'Groß- und Kleinschreibung ist egal, Umlaute dürfen Sie auch als ae/oe/ue schreiben. „hilfe fortschritt“ zeigt mehr zu einem Befehl.',
  helpAliases: '(auch: {{aliases}})',
  helpStatuses: 'Status: {{statuses}}.',
  helpNumbers: 'Zahlen: 412,5 oder 412.5; 1.234,5 mit Tausenderpunkt. Zeiträume: 2025, 2026-Q3 oder Q3/2026, 2026-09 oder 09/2026.',
  actionDone: 'Erledigt.',
  languageSet: 'Ich antworte Ihnen ab jetzt auf Deutsch, auch in Direktnachrichten. Zurück zu Englisch mit „language en“.',
  languageUnchanged: 'Ich antworte Ihnen bereits auf Deutsch.',
  unknownAction: 'Diese Schaltfläche kennt der Bot nicht (mehr). Bitte nutzen Sie den Befehl, z. B. „hilfe“.',
  unknownForm: 'Dieses Formular kennt der Bot nicht (mehr). Bitte öffnen Sie es neu, z. B. mit „fortschritt“.',
};
