export { STATUS_WORDS } from './arguments/status';
export { parseCommand } from './parseCommand';
export { COMMAND_SPECS, commandSpec } from './registry';
export type { AnyCommandSpec, ChatCommand, CommandName, CommandSpec, ParseResult } from './types';
export { changesData, formOfBareCommand, needsChannel } from './facts';
