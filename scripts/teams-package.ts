/**
 * Builds the Teams app package an admin uploads (Teams admin center → Manage apps → Upload, or
 * Teams → Apps → Manage your apps → Upload an app): manifest.json (schema 1.17), en.json
 * (English localization), color.png (192×192) and outline.png (32×32), zipped.
 *
 *   MICROSOFT_APP_ID=<bot app id> BOT_DOMAIN=bot.kommune.de npx tsx scripts/teams-package.ts [out.zip]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { COMMAND_SPECS } from '../src/commands';
import { translator, type Locale } from '../src/i18n';

const COMMAND_KEYS: Record<string, string> = {
  help: 'teams:commandHelp',
  mine: 'teams:commandMine',
  showMeasure: 'teams:commandMeasure',
  logProgress: 'teams:commandProgress',
  recordKpiValue: 'teams:commandKpi',
};

/** Teams shows at most ten commands in its menu (manifest schema: `commands` maxItems 10); the registry's order decides, `hilfe` lists all. */
export const TEAMS_MENU_LIMIT = 10;
const DESCRIPTION_LIMIT = 128;

function shorten(text: string): string {
  if (text.length <= DESCRIPTION_LIMIT) return text;
  const cut = text.slice(0, DESCRIPTION_LIMIT - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function commands(locale: Locale) {
  const t = translator(locale);
  return COMMAND_SPECS.slice(0, TEAMS_MENU_LIMIT).map((spec) => ({
    title: spec.words[locale][0]!.slice(0, 32),
    description: shorten(t(COMMAND_KEYS[spec.name] ?? spec.descriptionKey)),
  }));
}

export function buildManifest(appId: string, domain: string, version: string) {
  const t = translator('de');
  const scopes = ['personal', 'team', 'groupChat'];
  return {
    $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    manifestVersion: '1.17',
    version,
    id: appId,
    localizationInfo: { defaultLanguageTag: 'de-de', additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }] },
    developer: { name: 'Verwaltung 2.030', websiteUrl: `https://${domain}`, privacyUrl: `https://${domain}/privacy`, termsOfUseUrl: `https://${domain}/terms` },
    name: { short: t('teams:appShortName'), full: t('teams:appFullName') },
    description: { short: t('teams:appShortDescription'), full: t('teams:appFullDescription') },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#2E7D32',
    bots: [
      {
        botId: appId,
        scopes,
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes, commands: commands('de') }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [domain],
    webApplicationInfo: { id: appId, resource: `api://${domain}/${appId}` },
  };
}

export function buildLocalization() {
  const t = translator('en');
  const entries: Record<string, string> = {
    $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.Localization.schema.json',
    'name.short': t('teams:appShortName'),
    'name.full': t('teams:appFullName'),
    'description.short': t('teams:appShortDescription'),
    'description.full': t('teams:appFullDescription'),
  };
  commands('en').forEach((c, i) => {
    entries[`bots[0].commandLists[0].commands[${i}].title`] = c.title;
    entries[`bots[0].commandLists[0].commands[${i}].description`] = c.description;
  });
  return entries;
}

/** A PNG (RGBA) drawn by `pixel(x, y)`, encoded with zlib. */
export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A leaf-like ring: green square with a white ring (color), white ring on transparent (outline). */
function ring(size: number, x: number, y: number): boolean {
  const c = (size - 1) / 2;
  const r = Math.hypot(x - c, y - c) / size;
  return r > 0.24 && r < 0.36;
}
export const colorIcon = () => png(192, (x, y) => (ring(192, x, y) ? [255, 255, 255, 255] : [46, 125, 50, 255]));
export const outlineIcon = () => png(32, (x, y) => (ring(32, x, y) ? [255, 255, 255, 255] : [0, 0, 0, 0]));

/** A minimal ZIP writer (deflate), enough for a Teams app package. */
export function zip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const compressed = zlib.deflateRawSync(file.data);
    const name = Buffer.from(file.name, 'utf8');
    const crc = zlib.crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time/date 0 → reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function buildPackage(appId: string, domain: string, version = '1.0.0'): Buffer {
  return zip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(buildManifest(appId, domain, version), null, 2)) },
    { name: 'en.json', data: Buffer.from(JSON.stringify(buildLocalization(), null, 2)) },
    { name: 'color.png', data: colorIcon() },
    { name: 'outline.png', data: outlineIcon() },
  ]);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const appId = process.env.MICROSOFT_APP_ID ?? '';
  const domain = (process.env.BOT_DOMAIN ?? '').replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (!GUID.test(appId) || !domain) {
    console.error('Set MICROSOFT_APP_ID (the Azure bot\'s app id, a GUID) and BOT_DOMAIN (the public host name of /api/messages, e.g. bot.kommune.de).');
    process.exit(1);
  }
  const out = path.resolve(process.argv[2] ?? 'data/teams-app.zip');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, buildPackage(appId, domain, process.env.TEAMS_APP_VERSION ?? '1.0.0'));
  console.log(`Teams app package written: ${out}`);
}
