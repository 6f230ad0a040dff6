import type { Role } from '../../domain/roles';

/** People of the demo. `key` is the local part of the e-mail (`<key>@musterstadt.de`). */
export interface PersonContent {
  key: string;
  displayName: string;
  department?: string;
  roles: Role[];
}

export const people: PersonContent[] = [
  { key: 'ursula.berger', displayName: 'Dr. Ursula Berger', department: 'STN', roles: ['manager', 'committee'] },
  { key: 'tobias.krueger', displayName: 'Tobias Krüger', department: 'FB1', roles: ['admin'] },
  { key: 'katrin.vogel', displayName: 'Katrin Vogel', department: 'FB2', roles: ['treasurer', 'approver', 'manager'] },
  { key: 'stefan.wagner', displayName: 'Stefan Wagner', department: 'FB2', roles: [] },
  { key: 'lea.hoffmann', displayName: 'Lea Hoffmann', department: 'STN', roles: ['approver', 'manager'] },
  { key: 'miriam.schulte', displayName: 'Dr. Miriam Schulte', department: 'FB6', roles: ['approver', 'manager'] },
  { key: 'jonas.becker', displayName: 'Jonas Becker', department: 'FB6', roles: [] },
  { key: 'frank.schroeder', displayName: 'Frank Schröder', department: 'FB7', roles: [] },
  { key: 'markus.schneider', displayName: 'Markus Schneider', department: 'FB7', roles: ['approver', 'manager'] },
  { key: 'julia.fischer', displayName: 'Julia Fischer', department: 'FB5', roles: [] },
  { key: 'anna.weber', displayName: 'Anna Weber', department: 'FB3', roles: [] },
  { key: 'oliver.schmid', displayName: 'Oliver Schmid', department: 'FB3', roles: [] },
  { key: 'thomas.meyer', displayName: 'Thomas Meyer', department: 'FB5', roles: ['approver', 'manager'] },
  { key: 'sabine.schulz', displayName: 'Sabine Schulz', department: 'FB5', roles: [] },
  { key: 'ahmet.yilmaz', displayName: 'Ahmet Yılmaz', department: 'FB4', roles: [] },
  { key: 'claudia.richter', displayName: 'Claudia Richter', department: 'FB6', roles: ['approver', 'manager'] },
  { key: 'daniel.wolf', displayName: 'Daniel Wolf', department: 'FB4', roles: [] },
  { key: 'sophie.neumann', displayName: 'Sophie Neumann', department: 'FB1', roles: [] },
  { key: 'petra.zimmermann', displayName: 'Petra Zimmermann', department: 'FB1', roles: [] },
  { key: 'michael.braun', displayName: 'Michael Braun', department: 'FB4', roles: ['approver', 'manager'] },
  { key: 'nadine.hartmann', displayName: 'Nadine Hartmann', department: 'FB4', roles: [] },
  { key: 'felix.lange', displayName: 'Felix Lange', department: 'FB4', roles: [] },
  { key: 'hans-peter.koch', displayName: 'Hans-Peter Koch (Ratsmitglied)', roles: ['committee'] },
  { key: 'elif.demir', displayName: 'Elif Demir (Ratsmitglied)', roles: ['committee'] },
];

/** The console demo user: a KLI core-team member responsible for M-12, whose team owns CO2-1. */
export const DEMO_USER_KEY = 'jonas.becker';
export const DEMO_LEAD_KEY = 'miriam.schulte';
export const DEMO_TREASURER_KEY = 'katrin.vogel';
