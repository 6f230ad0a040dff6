import { beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Locale } from '../../src/i18n';
import { providers } from '../support/databases';
import { useSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('the language of the answers on %s', (provider) => {
  const s = useSmallTown(provider, now);
  let bot: Bot;
  let n = 0;
  const ask = (userId: string, text: string, locale?: Locale) =>
    bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId, text, requestId: `r-${++n}`, ...(locale && { locale }) });

  beforeEach(() => {
    bot = createBot({ db: s.h.db, clock: fixedClock(now), logger: capturingLogger().logger });
  });

  it('follows the platform’s language when the person chose none, and the municipality’s without either', async () => {
    expect((await ask('max@klein.de', 'progress M-1 50', 'en')).summary).toBe('Saved: M-1 "Dämmung Rathaus" is now at 50 % (on track).');
    expect((await ask('max@klein.de', 'fortschritt M-1 55')).summary).toBe('Gespeichert: M-1 „Dämmung Rathaus“ steht jetzt bei 55 % (im Plan).');
    expect((await ask('max@klein.de', 'tanzen', 'en')).summary).toBe('I don’t know the command “tanzen”. Type “help” to see all commands.');
    expect((await ask('max@klein.de', 'help', 'en')).summary).toBe('Verwaltung 2.030 commands');
    expect((await ask('nobody@klein.de', 'help', 'en')).summary).toBe('Verwaltung 2.030 commands');
    expect((await ask('nobody@klein.de', 'mine', 'en')).summary).toContain('v2030 link console nobody@klein.de');
    expect((await ask('nobody@klein.de', 'mine', 'en')).summary).not.toContain('Konto');
  });

  it('stores `language en`, audits it, and answers in English from the next request on, help included', async () => {
    const set = await ask('max@klein.de', 'language en');
    expect(set.summary).toBe('From now on I answer you in English, direct messages included. Back to German with “sprache de”.');
    expect((await s.h.db.person.findUniqueOrThrow({ where: { id: s.town.max.id } })).locale).toBe('en');
    expect(await s.h.db.auditLog.findFirstOrThrow({ where: { action: 'person.language' } })).toMatchObject({ entityId: s.town.max.id, before: { locale: null }, after: { locale: 'en' } });

    expect((await ask('max@klein.de', 'fortschritt M-1 60')).summary).toBe('Saved: M-1 "Dämmung Rathaus" is now at 60 % (on track).');
    expect((await ask('max@klein.de', 'hilfe', 'de')).summary).toBe('Verwaltung 2.030 commands');
    expect((await ask('max@klein.de', 'language en')).summary).toBe('I already answer you in English.');
    expect(await s.h.db.auditLog.count({ where: { action: 'person.language' } })).toBe(1);
  });

  it('lets the person’s choice win over the platform’s language', async () => {
    expect((await ask('olga@klein.de', 'sprache de', 'en')).summary).toBe('Ich antworte Ihnen ab jetzt auf Deutsch, auch in Direktnachrichten. Zurück zu Englisch mit „language en“.');
    expect((await ask('olga@klein.de', 'massnahme M-9', 'en')).summary).toContain('Maßnahme');
    expect((await ask('lea@klein.de', 'mine')).summary).toBe('0 Maßnahmen, 2 fällige Kennzahlen');
  });

  it('refuses an unknown language with the ones it speaks, and changes nothing', async () => {
    expect((await ask('max@klein.de', 'language french', 'en')).summary).toBe('“french” is not a language the bot speaks. Possible: de, en.');
    expect((await ask('max@klein.de', 'sprache')).summary).toContain('Bitte geben Sie die Sprache an: de oder en. So lautet der Befehl: sprache de|en');
    expect((await s.h.db.person.findUniqueOrThrow({ where: { id: s.town.max.id } })).locale).toBeNull();
  });
});
