export const common = {
  unexpectedError: 'Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal. Referenz: {{reference}}',
};
