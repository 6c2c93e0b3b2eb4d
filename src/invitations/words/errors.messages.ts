/** The refusals of the invitations and the outreach routes, and why an expert cannot be invited, French and English. */
import { defineMessages } from '../../i18n';

export const INVITATION_ERRORS = defineMessages({
  fr: {
    'invitations.cannot': 'invitations impossibles : {reason}',
    'invitations.stale': 'ce qui partirait a changé depuis l’aperçu ({before} → {after} messages) : relisez l’aperçu, puis envoyez',
    'invitations.raced': 'un autre envoi des invitations vient d’avoir lieu : relisez l’aperçu',
    'invitations.noOrganizer':
      'l’événement n’a pas d’adresse d’organisateur : réglez-la avant d’envoyer, dans « Préparer », « Nom, fuseau, lieu et réglages du calcul »',
    'invitations.organizerBadAddress': 'l’adresse de l’organisateur « {email} » n’est pas une adresse e-mail : corrigez-la avant d’envoyer',
    'invitations.expertNoAddress': '{expert} n’a pas d’adresse e-mail',
    'invitations.expertBadAddress': 'l’adresse de {expert} « {email} » n’est pas une adresse e-mail',
    'invitations.expertIsOrganizer': '{expert} a l’adresse de l’organisateur ({email}) : les agendas ne la montreraient pas comme une invitation',
    'reach.localLinks':
      'les liens de ces e-mails mèneraient à {url}, que les destinataires ne peuvent pas ouvrir : réglez PUBLIC_URL sur l’adresse publique du service, ou confirmez que vous envoyez ces liens quand même',
  },
  en: {
    'invitations.cannot': 'invitations cannot be made: {reason}',
    'invitations.stale': 'what would be sent changed since the preview ({before} → {after} messages): read the preview again, then send',
    'invitations.raced': 'another sending of the invitations just happened: read the preview again',
    'invitations.noOrganizer': 'the event has no organizer address: set it before sending, in "Set up", "Name, time zone, place and solver settings"',
    'invitations.organizerBadAddress': 'the organizer’s address "{email}" is not an e-mail address: correct it before sending',
    'invitations.expertNoAddress': '{expert} has no e-mail address',
    'invitations.expertBadAddress': '{expert}’s address "{email}" is not an e-mail address',
    'invitations.expertIsOrganizer': '{expert} has the organizer’s address ({email}): calendars would not show it as an invitation',
    'reach.localLinks':
      'the links in these e-mails would lead to {url}, which the recipients cannot open: set PUBLIC_URL to the service’s public address, or confirm that you send these links anyway',
  },
});
