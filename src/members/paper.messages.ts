/** The words of the printed sheets and their refusals, French and English. */
import { defineMessages } from '../i18n';

export const PAPER_MESSAGES = defineMessages({
  fr: {
    'paper.notPublished': 'aucune version publiée : publiez le programme avant d’imprimer les cartes',
    'paper.unknownSheet': 'feuille « {sheet} » inconnue : {sheets}',
    'paper.ticketExpired': 'Ce lien d’impression a expiré ou n’est pas valable : relancez l’impression depuis l’application (Diffuser, Badges et cartes).',
    'paper.notPublic': 'ADRESSE NON PUBLIQUE : ces QR codes mènent à {url}, que les téléphones ne joignent pas. Réglez PUBLIC_URL avant d’imprimer.',
    'paper.role.member': 'Membre',
    'paper.role.expert': 'Expert·e',
    // No-break spaces: under a 24 mm QR code it breaks as « Scannez : » / « votre page », never « votre » / « page ».
    'paper.scan': 'Scannez\u00a0: votre\u00a0page',
    'paper.itinerary': 'Votre parcours',
    'paper.continued': 'suite',
    'paper.cards': 'Cartes de parcours',
    'paper.badges.member': 'Badges des membres',
    'paper.badges.expert': 'Badges des experts',
  },
  en: {
    'paper.notPublished': 'no version published: publish the plan before printing the cards',
    'paper.unknownSheet': 'unknown sheet "{sheet}": {sheets}',
    'paper.ticketExpired': 'This print link has expired or is not valid: print again from the app (Share, Badges and cards).',
    'paper.notPublic': 'NOT A PUBLIC ADDRESS: these QR codes lead to {url}, which phones cannot reach. Set PUBLIC_URL before printing.',
    'paper.role.member': 'Member',
    'paper.role.expert': 'Expert',
    'paper.scan': 'Scan: your\u00a0page',
    'paper.itinerary': 'Your itinerary',
    'paper.continued': 'continued',
    'paper.cards': 'Itinerary cards',
    'paper.badges.member': "Members' badges",
    'paper.badges.expert': "Experts' badges",
  },
});
