import { sayLastError } from '../../src/invitations/outbox-messages';

describe('why an outbox e-mail was not sent', () => {
  it('words the outbox’s own code in the language asked', () => {
    expect(sayLastError('outbox.no_sender', 'fr')).toBe('pas envoyé : l’événement n’a pas d’adresse d’organisateur, l’expéditeur de ses messages');
    expect(sayLastError('outbox.no_sender', 'en')).toBe("not sent: the event has no organizer address, its messages' sender");
  });

  it('leaves the mail server’s reply, another module’s code and no error as they are', () => {
    expect(sayLastError('550 5.1.1 <x@example.org>: Recipient address rejected', 'fr')).toBe('550 5.1.1 <x@example.org>: Recipient address rejected');
    expect(sayLastError('links.noOrganizer', 'en')).toBe('links.noOrganizer');
    expect(sayLastError(null, 'en')).toBeNull();
  });
});
