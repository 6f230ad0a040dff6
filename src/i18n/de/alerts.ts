export const alerts = {
  notOpen: 'Alarm {{number}} ist nicht offen; quittieren oder schlummern lässt sich nur ein ausgelöster Alarm. „alarme“ zeigt die offenen.',
  alreadyAcknowledged: 'Alarm {{number}} ist schon quittiert.',
  snoozeDays: '{{days}} Tage gehen nicht: Ein Alarm schlummert 1 bis {{max}} Tage.',
};
