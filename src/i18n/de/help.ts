export const help = {
  describeHelp: 'Zeigt alle Befehle oder die Hilfe zu einem Befehl.',
  describeMine: 'Zeigt Ihre Maßnahmen und die Kennzahlen, für die ein Wert fällig ist.',
  describeShowMeasure: 'Zeigt eine Maßnahme mit Stand, Status und letzten Einträgen.',
  describeLogProgress: 'Erfasst den Fortschritt einer Maßnahme in Prozent, optional mit Status und Notiz.',
  describeRecordKpiValue: 'Erfasst den Wert einer Kennzahl, optional für einen Zeitraum und mit Notiz. Ohne Zeitraum gilt der zuletzt fällige.',
  describeSubscribe: 'Abonniert für diesen Kanal den Wochenbericht (digest), die Kennzahlen-Alarme (alarme) oder den unterjährigen Bericht (bericht) eines Handlungsfelds oder aller Felder; „abo aus …“ beendet es. Nur Kernteam-Leitungen des Felds und die Administration.',
  describeUnsubscribe: 'Beendet ein Abonnement dieses Kanals.',
  describeListSubscriptions: 'Zeigt die Abonnements dieses Kanals.',
  describeListAlerts: 'Zeigt die offenen Kennzahlen-Alarme Ihrer Teams und der Handlungsfelder, die Sie leiten, mit Nummer.',
  describeAcknowledgeAlert: 'Quittiert einen Alarm: Er wird nicht mehr wiederholt. Teamleitungen und Manager des Handlungsfelds.',
  describeSnoozeAlert: 'Lässt einen Alarm einige Tage ruhen (1 bis 90, die Kommune kann weniger festlegen).',
  describeShowReport: 'Zeigt den unterjährigen Bericht (Mittelabfluss, Maßnahmen, Kennzahlen, Warnungen, Entscheidungen) für Ihre Handlungsfelder oder ein genanntes, ohne Zeitraum für den zuletzt abgeschlossenen.',
};
