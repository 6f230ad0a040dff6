export const reminders = {
  title: 'Erinnerung: Was diese Woche ansteht',
  summary: 'Erinnerung: {{count}} Maßnahme(n) oder Kennzahl(en) warten auf eine Meldung.',
  measure: '{{code}} „{{title}}“: zuletzt aktualisiert am {{date}}.',
  measureNever: '{{code}} „{{title}}“: noch kein Fortschritt gemeldet.',
  kpi: '{{code}} „{{name}}“: der Wert für {{period}} ist überfällig.',
  progressButton: 'Fortschritt melden',
  more: '… und {{count}} weitere; „meine“ zeigt alle.',
  pauseHint: 'Keine Erinnerungen mehr (z. B. im Urlaub): „erinnerung aus“; wieder an mit „erinnerung an“.',
  paused: 'Erinnerungen sind pausiert: montags kommt keine Erinnerung mehr. Wieder an mit „erinnerung an“.',
  resumed: 'Erinnerungen sind an: montags um 9 Uhr erinnert der Bot an Maßnahmen ohne Meldung seit 7 Tagen und überfällige Kennzahlwerte.',
  statePaused: 'Ihre Erinnerungen sind seit {{date}} pausiert. Wieder an mit „erinnerung an“.',
  stateOn: 'Ihre Erinnerungen sind an (montags 9 Uhr). Pausieren mit „erinnerung aus“.',
};
