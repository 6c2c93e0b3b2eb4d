/**
 * Whether a text can be an e-mail address. Deliberately loose (one @, a dot in the domain, no
 * spaces): the mail server is the real judge. The exchange format takes any text; the service
 * refuses what no server would take, since invitations and reminders go there.
 */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export const isEmailAddress = (text: string): boolean => EMAIL.test(text);
