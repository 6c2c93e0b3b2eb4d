/**
 * The links an e-mail carries must open where it lands: with PUBLIC_URL unset the service builds
 * them on `http://localhost:3000`, which opens nothing on an expert's or a member's phone. The
 * previews say which address the links use and whether it is public (the « Diffuser » screen warns
 * loudly), and sending such links is refused unless the organizer confirms it, as for a rehearsal
 * on their own machine. The same check as the printed sheets' banner (paper-address.ts).
 */
import { LocalLinksError } from '../common/errors';
import { message } from '../i18n';
import { isPublicAddress } from '../members/paper-address';
import './words/errors.messages';

export interface LinksAddress {
  /** Where every link of these e-mails leads (PUBLIC_URL, or its default). */
  url: string;
  public: boolean;
}

export const linksAddress = (publicUrl: string): LinksAddress => ({ url: publicUrl, public: isPublicAddress(publicUrl) });

/** Throws unless the links lead to a public address, or the organizer confirmed sending them anyway. */
export function refuseLocalLinks(publicUrl: string, confirmed: boolean | undefined): void {
  if (!confirmed && !isPublicAddress(publicUrl)) throw new LocalLinksError(message('reach.localLinks', { url: publicUrl }));
}
