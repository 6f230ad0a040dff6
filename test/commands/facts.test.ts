import { describe, expect, it } from 'vitest';
import { changesData, COMMAND_SPECS, formOfBareCommand, needsChannel } from '../../src/commands';
import { productInteractions } from '../../src/interactions/registry';

describe('facts about commands, from their specs', () => {
  it('knows which command word alone opens which form, in both languages and any spelling', () => {
    expect(formOfBareCommand('Fortschritt')).toBe('measure.logProgress');
    expect(formOfBareCommand('progress')).toBe('measure.logProgress');
    expect(formOfBareCommand(' kennzahl ')).toBe('kpi.recordValue');
    expect(formOfBareCommand('kpi')).toBe('kpi.recordValue');
    expect(formOfBareCommand('Umschichtung')).toBe('reallocation.request');
    expect(formOfBareCommand('reallocate')).toBe('reallocation.request');
    expect(formOfBareCommand('fortschritt M-1')).toBeUndefined();
    expect(formOfBareCommand('meine')).toBeUndefined();
    expect(formOfBareCommand('')).toBeUndefined();
  });

  it('names only registered forms', () => {
    for (const spec of COMMAND_SPECS) if (spec.opensForm) expect(productInteractions.form(spec.opensForm), spec.name).toBeDefined();
  });

  it('knows which lines change data and which need a channel', () => {
    expect(changesData('fortschritt M-1 60')).toBe(true);
    expect(changesData('kennzahl CO2-1 6,4 2025')).toBe(true);
    expect(changesData('abo digest KLI')).toBe(true);
    expect(changesData('meine')).toBe(false);
    expect(changesData('fortschritt M-1')).toBe(false); // refused: nothing changes
    expect(needsChannel('abos')).toBe(true);
    expect(needsChannel('subscribe digest')).toBe(true);
    expect(needsChannel('meine')).toBe(false);
  });
});
