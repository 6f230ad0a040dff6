export interface DepartmentContent {
  code: string;
  name: string;
}

export const departments: DepartmentContent[] = [
  { code: 'FB1', name: 'FB 1 Zentrale Dienste' },
  { code: 'FB2', name: 'FB 2 Finanzen / Kämmerei' },
  { code: 'FB3', name: 'FB 3 Ordnung und Bürgerservice' },
  { code: 'FB4', name: 'FB 4 Schule, Jugend und Soziales' },
  { code: 'FB5', name: 'FB 5 Stadtentwicklung und Bauen' },
  { code: 'FB6', name: 'FB 6 Umwelt und Klimaschutz' },
  { code: 'FB7', name: 'FB 7 Tiefbau und Verkehr' },
  { code: 'STN', name: 'Stabsstelle Nachhaltigkeit' },
];
