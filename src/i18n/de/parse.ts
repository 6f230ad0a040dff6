export const parse = {
  emptyInput: 'Bitte geben Sie einen Befehl ein. Eine Übersicht aller Befehle erhalten Sie mit „hilfe“.',
  unknownCommand: 'Den Befehl „{{word}}“ kenne ich nicht. Eine Übersicht aller Befehle erhalten Sie mit „hilfe“.',
  unknownCommandSuggestion: 'Den Befehl „{{word}}“ kenne ich nicht. Meinten Sie „{{suggestion}}“? Alle Befehle zeigt „hilfe“.',
  unknownHelpTopic: '„{{topic}}“ ist kein Befehl. Eine Übersicht aller Befehle erhalten Sie mit „hilfe“.',
  unknownHelpTopicSuggestion: '„{{topic}}“ ist kein Befehl. Meinten Sie „hilfe {{suggestion}}“?',
  unexpectedArguments: 'Mit „{{extra}}“ kann ich an dieser Stelle nichts anfangen. So lautet der Befehl: {{usage}}',
  missingMeasureCode: 'Bitte geben Sie das Kürzel der Maßnahme an, z. B. M-12. So lautet der Befehl: {{usage}} – Beispiel: {{example}}',
  invalidMeasureCode: '„{{value}}“ ist kein Kürzel einer Maßnahme. Kürzel von Maßnahmen sehen so aus: M-12.',
  missingKpiCode: 'Bitte geben Sie das Kürzel der Kennzahl an, z. B. CO2-1. So lautet der Befehl: {{usage}} – Beispiel: {{example}}',
  invalidKpiCode: '„{{value}}“ ist kein Kürzel einer Kennzahl. Kürzel von Kennzahlen sehen so aus: CO2-1, MOB-2, ABF-1.',
  missingPercent: 'Bitte geben Sie den Fortschritt in Prozent an (0 bis 100). So lautet der Befehl: {{usage}} – Beispiel: {{example}}',
  invalidPercent: '„{{value}}“ ist keine Prozentangabe. Bitte geben Sie eine ganze Zahl von 0 bis 100 an, z. B. 60 oder 60%.',
  percentNotWhole: 'Der Fortschritt wird in ganzen Prozent erfasst, „{{value}}“ hat Nachkommastellen. Bitte runden Sie auf eine ganze Zahl, z. B. 60.',
  percentOutOfRange: '„{{value}}“ liegt nicht zwischen 0 und 100 Prozent. Bitte geben Sie eine ganze Zahl von 0 bis 100 an.',
  unknownStatus:
    '„{{value}}“ ist kein Status. Meinten Sie „{{suggestion}}“? Möglich sind: {{allowed}}. Soll die Notiz mit diesem Wort beginnen, nennen Sie bitte vorher den Status.',
  missingKpiValue: 'Bitte geben Sie den Wert der Kennzahl an, z. B. 412,5. So lautet der Befehl: {{usage}} – Beispiel: {{example}}',
  periodBeforeValue: '„{{period}}“ ist ein Zeitraum. Bitte nennen Sie zuerst den Wert und danach den Zeitraum. So lautet der Befehl: {{usage}} – Beispiel: {{example}}',
  invalidPeriod:
    '„{{value}}“ ist kein gültiger Zeitraum. Möglich sind ein Jahr (2026), ein Quartal (2026-Q3, Q3/2026 oder 3. Quartal 2026) oder ein Monat (2026-09, 09/2026 oder September 2026). Eine Notiz darf erst nach dem Zeitraum beginnen.',
  dateIsNoPeriod:
    '„{{value}}“ ist ein Datum; Werte gelten für einen Zeitraum. Gemeint ist wohl das Jahr {{year}}, das Quartal {{quarter}} oder der Monat {{month}} – je nachdem, wie oft die Kennzahl erfasst wird.',
  unreadableText: 'Der Text enthält Zeichen, die kein gültiger Text sind. Bitte tippen Sie ihn neu ein, statt ihn einzufügen.',
  missingNumber: 'Bitte geben Sie eine Zahl ein, z. B. 412,5.',
  invalidNumber: '„{{value}}“ ist keine gültige Zahl. Beispiele: 412,5 · 1.234,5 · 412.5 · -3',
  invalidAmount: '„{{value}}“ ist kein gültiger Betrag. Beispiele: 1.234,56 € · 1234,56 · 1234.56 EUR',
  ambiguousNumber:
    '„{{value}}“ ist nicht eindeutig: Gemeint sein kann {{thousands}} oder {{decimal}}. Bitte schreiben Sie {{thousands}} oder {{decimal}}.',
  englishNumberFormat:
    '„{{value}}“ ist im englischen Zahlenformat geschrieben. Bitte schreiben Sie die Zahl ohne Tausendertrennzeichen: {{german}} oder {{plain}}.',
  englishThousands: '„{{value}}“ enthält Kommas als Tausendertrennzeichen. Bitte schreiben Sie {{plain}}.',
  numberTooLarge: '„{{value}}“ ist zu groß: Möglich sind höchstens {{maxDigits}} Stellen vor dem Komma.',
  tooManyDigits: '„{{value}}“ hat mehr als {{max}} gültige Stellen, so genau speichert der Bot Werte nicht. Bitte runden Sie, z. B. auf {{rounded}}.',
  tooManyDecimals: '„{{value}}“ hat zu viele Nachkommastellen: Möglich sind höchstens {{max}}.',
  missingSubscriptionKind: 'Bitte geben Sie an, was abonniert werden soll. So lautet der Befehl: {{usage}} – Beispiel: {{example}}',
  unknownSubscriptionKind: '„{{value}}“ kann man nicht abonnieren. Möglich ist: {{allowed}}.',
  invalidActionFieldCode: '„{{value}}“ ist kein Kürzel eines Handlungsfelds. Kürzel sehen so aus: MOB, KLI, WOH.',
};
