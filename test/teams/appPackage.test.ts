import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildPackage } from '../../scripts/teams-package';

const APP = '0e5b7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';

describe('Teams app package', () => {
  it('builds a manifest 1.17 with the bot in all scopes and the chat-language commands', () => {
    const manifest = buildManifest(APP, 'bot.kommune.de', '1.2.3');
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.bots[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toEqual(['hilfe', 'meine', 'maßnahme', 'fortschritt', 'kennzahl', 'abo', 'abbestellen', 'abos']);
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
