import { translator } from '../i18n';
import { message, type Message } from '../messages/model';
import type { LanguageSet } from '../usecases/people/setLanguage';

/** Answered in the language just chosen, so the person sees at once what they get. */
export function languageSetView(result: LanguageSet): Message {
  const t = translator(result.locale);
  const text = t(result.unchanged ? 'common:languageUnchanged' : 'common:languageSet');
  return { ...message(text, [{ type: 'text', text, tone: result.unchanged ? 'neutral' : 'good' }]), locale: result.locale };
}
