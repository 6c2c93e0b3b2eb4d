/**
 * Whether the links printed on paper can work on a phone: a QR code of `http://localhost:3000`
 * (PUBLIC_URL unset) or of a loopback address opens nothing once the sheet leaves the organizer's
 * desk. Such sheets carry a banner on every page instead of being handed out unnoticed.
 */
export function isPublicAddress(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return !(host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0' || host === '::' || host === '');
}
