import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildPackage, TEAMS_MENU_LIMIT } from '../../scripts/teams-package';
import { COMMAND_SPECS } from '../../src/commands';
import { translator } from '../../src/i18n';

const APP = '0e5b7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';

describe('Teams app package', () => {
  it('builds a manifest 1.17 with the bot in all scopes and the chat-language commands', () => {
    const manifest = buildManifest(APP, 'bot.kommune.de', '1.2.3');
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.bots[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    const menu = manifest.bots[0]!.commandLists[0]!.commands;
    expect(menu.map((c) => c.title)).toEqual(COMMAND_SPECS.slice(0, TEAMS_MENU_LIMIT).map((spec) => spec.words.de[0]));
    expect(menu.slice(0, 5).map((c) => c.title)).toEqual(['hilfe', 'meine', 'maßnahme', 'fortschritt', 'kennzahl']);
    expect(menu.length).toBeLessThanOrEqual(10);
    for (const command of menu) expect(command.description.length).toBeLessThanOrEqual(128);
    const subscribe = menu.find((c) => c.title === 'abo')!;
    expect(subscribe.description.startsWith(translator('de')('help:describeSubscribe').slice(0, 40))).toBe(true);
    expect(subscribe.description.endsWith('…')).toBe(true);
    expect(manifest.validDomains).toEqual(['bot.kommune.de']);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
  });

  it('zips manifest, localization and icons so that unzip reads them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-pkg-'));
    const file = path.join(dir, 'app.zip');
    fs.writeFileSync(file, buildPackage(APP, 'bot.kommune.de'));
    let listing = '';
    try {
      listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    } catch {
      listing = execFileSync('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))`, file], { encoding: 'utf8' });
    }
    for (const name of ['manifest.json', 'en.json', 'color.png', 'outline.png']) expect(listing).toContain(name);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
