import { expect } from 'vitest';
import { ConfigError } from '../../src/config/env';

/** The message of the ConfigError that reading a configuration throws (fails when it throws none). */
export function refusalOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}
