/** Texts of the Slack adapter itself (everything else comes from the core's catalogues). */
export const slack = {
  unknownWorkspace: 'Dieser Slack-Workspace ({{team}}) ist mit keiner Kommune verbunden. Bitten Sie die IT Ihrer Verwaltung, Verwaltung 2.030 über den Installationslink Ihrer Kommune zu installieren.',
  selectPlaceholder: 'Bitte wählen',
  homeMore: 'Weitere Einträge zeigt „/v2030 meine“.',
  formFailed: 'Das Formular ließ sich gerade nicht öffnen. Bitte versuchen Sie es noch einmal oder nutzen Sie den Befehl, z. B. „/v2030 hilfe fortschritt“.',
  installBadLink: 'Dieser Installationslink ist ungültig oder unvollständig. Bitte fordern Sie bei der IT Ihrer Verwaltung den Link für Ihre Kommune an.',
  installDone: 'Verwaltung 2.030 ist jetzt im Slack-Workspace „{{team}}“ für „{{tenant}}“ installiert. Sie können dieses Fenster schließen.',
  installFailed: 'Die Installation ist nicht gelungen ({{reason}}). Bitte versuchen Sie es noch einmal oder wenden Sie sich an die IT Ihrer Verwaltung.',
  installLinkExpired: 'Dieser Installationslink ist abgelaufen. Bitte fordern Sie bei der IT Ihrer Verwaltung einen neuen an.',
  installLinkUsed: 'Mit diesem Installationslink wurde bereits ein anderer Slack-Workspace verbunden. Bitte fordern Sie bei der IT Ihrer Verwaltung einen eigenen Link an.',
  installLinkRevoked: 'Dieser Installationslink wurde zurückgezogen. Bitte fordern Sie bei der IT Ihrer Verwaltung einen neuen an.',
  installTaken: 'Dieser Slack-Workspace ist bereits mit einer anderen Kommune verbunden.',
};
