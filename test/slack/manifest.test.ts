import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../adapters/slack/oauth';

const manifest = fs.readFileSync(path.resolve(import.meta.dirname, '../../adapters/slack/manifest.yml'), 'utf8');

describe('Slack app manifest', () => {
  it('asks for exactly the scopes the OAuth installer asks for', () => {
    const scopes = [...manifest.matchAll(/^ {6}- ([a-z.:]+)$/gm)].map((m) => m[1]);
    expect(scopes.sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('points command, events and interactivity at the one endpoint, with App Home and no Socket Mode', () => {
    expect(manifest.match(/https:\/\/bot\.example\.de\/slack\/events/g)).toHaveLength(3);
    expect(manifest).toContain('https://bot.example.de/slack/oauth_redirect');
    expect(manifest).toContain('home_tab_enabled: true');
    expect(manifest).toContain('- app_home_opened');
    expect(manifest).toContain('socket_mode_enabled: false');
    expect(manifest).toContain('command: /v2030');
  });
});
