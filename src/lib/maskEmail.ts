/**
 * An address as the manage page shows it: enough for its owner to tell which of their addresses
 * the page is about (the first letter and the whole domain), not enough for anyone else who gets
 * the link (a forwarded mail, a shared screen) to learn the address.
 * @example maskEmail('maria.rossi@example.org') // 'm•••@example.org'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}
