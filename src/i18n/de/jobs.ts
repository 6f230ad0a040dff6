export const jobs = {
  scheduleFormat: '„{{cron}}“ ist kein gültiger Zeitplan. Erwartet werden fünf Felder (Minute Stunde Tag Monat Wochentag), z. B. „0 12 * * 5“ für freitags 12:00.',
  scheduleInDstGap: '„{{cron}}“ fällt in die Zeit von 02:00 bis 02:59. An den Tagen der Zeitumstellung gibt es diese Stunde nicht oder zweimal; bitte wählen Sie eine andere Uhrzeit.',
};
