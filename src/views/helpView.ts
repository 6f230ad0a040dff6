import { COMMAND_SPECS, commandSpec, STATUS_WORDS, type CommandName, type CommandSpec } from '../commands';
import { message, type Block, type Message } from '../messages/model';
import type { ViewContext } from './viewContext';

/** The command list with real examples, or one command in detail. */
export function helpView(v: ViewContext, topic?: CommandName): Message {
  const { t, locale } = v;
  if (topic) {
    const spec = commandSpec(topic);
    return message(spec.usage[locale], [{ type: 'heading', text: spec.usage[locale] }, ...commandBlocks(spec, v, Infinity), ...legend(v)]);
  }
  const blocks: Block[] = [
    { type: 'heading', text: t('common:helpHeading') },
    { type: 'context', text: t('common:helpIntro') },
    ...COMMAND_SPECS.flatMap((spec) => [{ type: 'text' as const, text: spec.usage[locale] }, ...commandBlocks(spec, v, 1)]),
    ...legend(v),
  ];
  return message(t('common:helpHeading'), blocks);
}

function commandBlocks(spec: Pick<CommandSpec<CommandName>, 'words' | 'examples' | 'descriptionKey'>, { t, locale }: ViewContext, examples: number): Block[] {
  const other = locale === 'de' ? 'en' : 'de';
  const aliases = [...spec.words[locale].slice(1), ...spec.words[other]].join(', ');
  return [
    { type: 'context', text: `${t(spec.descriptionKey)} ${t('common:helpAliases', { aliases })}` },
    { type: 'list', items: spec.examples[locale].slice(0, examples) },
  ];
}

function legend({ t, locale }: ViewContext): Block[] {
  const statuses = Object.values(STATUS_WORDS).map((words) => words[locale][0]).join(', ');
  return [
    { type: 'divider' },
    { type: 'context', text: t('common:helpStatuses', { statuses }) },
    { type: 'context', text: t('common:helpNumbers') },
  ];
}
