/**
 * MAIL_FROM: where the mail server may not send as the organizers' own address (SPF, DMARC), the
 * e-mails go from the service's address, under the organizer's name, and answers reach the
 * organizer through Reply-To; the calendar's ORGANIZER stays the organizer. A real SMTP server on
 * loopback reads the envelope and the headers as they came.
 */
import { parse } from '../invitations/fixtures';
import { useMailService } from '../support/mail-service';
import { AUTH } from '../support/test-app';
import { convention, experts, JANUARY, member, ORGANIZER } from '../support/convention';

const SERVICE = 'carrousel@nantes.example';

describe('e-mails from the service’s own address', () => {
  const s = useMailService({ clock: '2027-01-15T10:00:00Z', env: { PUBLIC_URL: 'https://carrousel.example.org', MAIL_FROM: SERVICE } });

  it('go from MAIL_FROM under the organizer’s name, with the organizer as Reply-To and ORGANIZER', async () => {
    const id = await s.createEvent(
      convention({
        rounds: JANUARY,
        experts: experts(['Hélène Dupré']),
        groups: [{ id: 'g1', name: 'Mobilités', size: 1, members: [member('m1', 'Léa Martin', 'lea@example.org')] }],
      }),
    );
    await s.publish(id, [{ round: 'r1', table: 't1', expert: 'e1', group: 'g1' }]);
    const preview = (await s.t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body;
    await s.t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({ digest: preview.digest }).expect(200);
    const [mail] = await s.settle(0, 1);
    expect(mail.from).toBe(SERVICE);
    expect(mail.headers.get('from')).toContain(`<${SERVICE}>`);
    expect(mail.headers.get('from')).toContain(ORGANIZER.name);
    expect(mail.headers.get('reply-to')).toContain(ORGANIZER.email);
    expect(parse(mail.calendar).events[0].organizer).toBe(`mailto:${ORGANIZER.email}`);
  });
});
