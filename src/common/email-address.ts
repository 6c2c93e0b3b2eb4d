/**
 * The one rule for an e-mail address, used wherever one comes in (the API, spreadsheet imports)
 * and where it goes out (calendar invitations): what survives a `mailto:` URI without
 * percent-encoding. Deliberately narrower than RFC 5322, so that an address the service accepts is
 * one an invitation can be sent to, and no line break or `:` can slip into a calendar property.
 */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export const isEmailAddress = (text: string): boolean => EMAIL.test(text);
