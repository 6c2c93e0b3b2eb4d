/** « Ne plus recevoir de rappels »: the members' own opt-out of reminders, its page and its line in the e-mails, French and English. */
import { defineMessages } from '../i18n';

export const STOP_MESSAGES = defineMessages({
  fr: {
    'reminderStop.title': 'Ne plus recevoir de rappels',
    'reminderStop.ask': 'Bonjour {name}, vous recevez un courriel de rappel avant chaque séance de « {event} ». Ne plus en recevoir ?',
    'reminderStop.button': 'Ne plus recevoir de rappels',
    'reminderStop.done': 'C’est noté : vous ne recevrez plus de rappels pour « {event} ». Votre page personnelle reste valable et suit les changements.',
    'reminderStop.stopped': 'Vous ne recevez plus de rappels pour « {event} ».',
    'reminderStop.again': 'Recevoir de nouveau les rappels',
    'reminderStop.resumed': 'C’est noté : vous recevrez de nouveau un rappel avant chaque séance, si les organisateurs en envoient.',
    'reminderStop.page': 'Votre page personnelle',
    'reminderStop.switch': 'English',
    'reminderStop.invalid': 'Ce lien n’est pas (ou plus) valable. Demandez votre lien personnel aux organisateurs.',
    'memberReminder.stop': 'Ne plus recevoir ces rappels : {url}',
  },
  en: {
    'reminderStop.title': 'Stop reminders',
    'reminderStop.ask': 'Hello {name}, you get a reminder e-mail before each session of "{event}". Stop getting them?',
    'reminderStop.button': 'Stop reminders',
    'reminderStop.done': 'Done: you will get no more reminders for "{event}". Your personal page still works and follows the changes.',
    'reminderStop.stopped': 'You get no more reminders for "{event}".',
    'reminderStop.again': 'Get reminders again',
    'reminderStop.resumed': 'Done: you will get a reminder before each session again, if the organizers send them.',
    'reminderStop.page': 'Your personal page',
    'reminderStop.switch': 'Français',
    'reminderStop.invalid': 'This link is not valid (or no longer). Ask the organizers for your personal link.',
    'memberReminder.stop': 'Stop these reminders: {url}',
  },
});
