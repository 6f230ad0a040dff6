export const help = {
  describeHelp: 'Zeigt alle Befehle oder die Hilfe zu einem Befehl.',
  describeMine: 'Zeigt Ihre Maßnahmen und die Kennzahlen, für die ein Wert fällig ist.',
  describeShowMeasure: 'Zeigt eine Maßnahme mit Stand, Status und letzten Einträgen.',
  describeLogProgress: 'Erfasst den Fortschritt einer Maßnahme in Prozent, optional mit Status und Notiz.',
  describeRecordKpiValue: 'Erfasst den Wert einer Kennzahl, optional für einen Zeitraum und mit Notiz. Ohne Zeitraum gilt der zuletzt fällige.',
};
