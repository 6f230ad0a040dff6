import type { slack as de } from '../de/slack';

export const slack: Record<keyof typeof de, string> = {
  unknownWorkspace: 'This Slack workspace ({{team}}) is not connected to a municipality. Ask your administration’s IT to install Verwaltung 2.030 with your municipality’s installation link.',
  selectPlaceholder: 'Please choose',
  homeMore: 'See everything with “/v2030 mine”.',
  formFailed: 'The form could not be opened just now. Please try again or use the command, e.g. “/v2030 help progress”.',
  installBadLink: 'This installation link is invalid or incomplete. Ask your administration’s IT for your municipality’s link.',
  installDone: 'Verwaltung 2.030 is now installed in the Slack workspace “{{team}}” for “{{tenant}}”. You can close this window.',
  installFailed: 'The installation did not succeed ({{reason}}). Please try again or contact your administration’s IT.',
  installLinkExpired: 'This installation link has expired. Please ask your administration\'s IT for a new one.',
  installLinkUsed: 'Another Slack workspace has already been connected with this installation link. Please ask your administration\'s IT for a link of your own.',
  installLinkRevoked: 'This installation link has been revoked. Please ask your administration\'s IT for a new one.',
  installTaken: 'This Slack workspace is already connected to another municipality.',
};
