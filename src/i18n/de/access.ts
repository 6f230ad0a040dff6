export const access = {
  unknownTenant: 'Diese Installation kennt die Kommune „{{key}}“ nicht. Die IT-Abteilung kann sie mit „v2030 seed“ (Demo) oder einem Import anlegen.',
  unknownUser: 'Ihr Konto ({{platform}} {{userId}}) ist noch keiner Person in „{{tenant}}“ zugeordnet. Bitten Sie die Administration, es zu verknüpfen: v2030 link {{platform}} {{userId}} ihre.adresse@kommune.de',
};
