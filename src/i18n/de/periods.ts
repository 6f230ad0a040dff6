export const periods = {
  locked: 'Der Zeitraum {{period}} ist seit {{date}} gesperrt ({{by}}): Werte und Buchungen dieses Zeitraums werden nicht mehr angenommen. Die Kämmerei kann ihn mit „entsperren {{period}} <Grund>“ wieder öffnen.',
  lockDone: 'Der Zeitraum {{period}} ist gesperrt. Sein Bericht ist gespeichert; Kennzahlwerte und Buchungen des Zeitraums werden abgelehnt, bis ihn die Kämmerei mit „entsperren {{period}} <Grund>“ wieder öffnet.',
  budgetYearLocked: 'Das Haushaltsjahr {{year}} nimmt keine Buchungen mehr an: der Zeitraum {{period}} mit dem Jahresende ist seit {{date}} gesperrt ({{by}}). Die Kämmerei kann ihn mit „entsperren {{period}} <Grund>“ wieder öffnen.',
  alreadyLocked: 'Der Zeitraum {{period}} ist schon gesperrt.',
  reopened: 'Der Zeitraum {{period}} ist wieder geöffnet (Grund: {{reason}}). Korrekturen sind möglich; „sperren {{period}}“ schließt ihn wieder.',
  notEnded: 'Der Zeitraum {{period}} ist noch nicht zu Ende; gesperrt werden nur abgeschlossene Zeiträume.',
  notLocked: 'Der Zeitraum {{period}} ist nicht gesperrt.',
  notTreasury: 'Zeiträume sperren und wieder öffnen darf nur die Kämmerei (oder die Administration).',
};
