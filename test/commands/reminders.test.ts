import { describe, expect, it } from 'vitest';
import { accepted, expectInvalid, refused } from './expectations';

describe('reminders', () => {
  it('reads aus/an and off/on; alone it asks how they stand', () => {
    expect(accepted('erinnerung aus')).toEqual({ name: 'reminders', on: false });
    expect(accepted('Erinnerungen an')).toEqual({ name: 'reminders', on: true });
    expect(accepted('reminders off')).toEqual({ name: 'reminders', on: false });
    expect(accepted('erinnerung')).toEqual({ name: 'reminders' });
  });

  it('refuses anything else with what it takes', () => {
    expectInvalid(refused('erinnerung morgen'), 'unknownReminderSwitch', { value: 'morgen', usage: 'erinnerung [aus|an]', example: 'erinnerung aus' }, {
      de: ['„morgen“', 'erinnerung aus'],
      en: ['"morgen"', 'reminders off'],
    });
  });
});
