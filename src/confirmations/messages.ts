/** The words of the answer pages and of the organizers' tally, French and English. */
import { defineMessages } from '../i18n';

export const CONFIRMATION_MESSAGES = defineMessages({
  fr: {
    'answer.title.yes': 'Confirmer votre venue',
    'answer.title.no': 'Prévenir que vous ne pourrez pas venir',
    'answer.ask.yes': '{name}, vous confirmez venir aux auditions « {event} » ?',
    'answer.ask.no': '{name}, vous ne pourrez pas venir aux auditions « {event} » ?',
    'answer.button.yes': 'Je confirme',
    'answer.button.no': 'Je ne pourrai pas venir',
    'answer.other.yes': 'Finalement, je pourrai venir',
    'answer.other.no': 'Finalement, je ne pourrai pas venir',
    'answer.current.yes': 'Votre réponse enregistrée : vous venez ({at}).',
    'answer.current.no': 'Votre réponse enregistrée : vous ne venez pas ({at}).',
    'answer.done.yes': 'Merci, votre venue est confirmée. Les organisateurs le voient.',
    'answer.done.no': 'Merci de nous avoir prévenus. Les organisateurs le voient et réorganisent les auditions.',
    'answer.page': 'Ouvrir votre page (vos groupes, leurs questions)',
    'answer.invalid': 'Ce lien n’est pas ou plus valable. Demandez un nouveau lien aux organisateurs.',
    'answer.note': 'réponse à l’invitation : ne pourra pas venir',
  },
  en: {
    'answer.title.yes': 'Confirm you will come',
    'answer.title.no': 'Tell us you cannot come',
    'answer.ask.yes': '{name}, you confirm you will come to the hearings "{event}"?',
    'answer.ask.no': '{name}, you will not be able to come to the hearings "{event}"?',
    'answer.button.yes': 'I confirm',
    'answer.button.no': 'I will not be able to come',
    'answer.other.yes': 'After all, I can come',
    'answer.other.no': 'After all, I cannot come',
    'answer.current.yes': 'Your recorded answer: you are coming ({at}).',
    'answer.current.no': 'Your recorded answer: you are not coming ({at}).',
    'answer.done.yes': 'Thank you, you have confirmed you will come. The organizers see it.',
    'answer.done.no': 'Thank you for telling us. The organizers see it and rearrange the hearings.',
    'answer.page': 'Open your page (your groups, their questions)',
    'answer.invalid': 'This link is not valid (any more). Ask the organizers for a new one.',
    'answer.note': 'answer to the invitation: cannot come',
  },
});
