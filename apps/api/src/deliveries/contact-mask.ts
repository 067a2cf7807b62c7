// Recipients' addresses are personal data of the staff: a reader of a case's
// alerts learns that a colleague was told, and by which channel, not where.
// Masked forms keep enough to tell two addresses apart at a glance.

/** "dounia@example.ma" → "d***@example.ma" */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${Array.from(address)[0]}***${address.slice(at)}`;
}

/** "+212612345612" → "+2126****12" (the country and operator prefix, the last two digits) */
export function maskPhone(address: string): string {
  const digits = address.replace(/\D/g, '');
  if (digits.length < 8) return `****${digits.slice(-2)}`;
  return `+${digits.slice(0, 4)}****${digits.slice(-2)}`;
}

export function maskAddress(channel: string, address: string): string {
  return channel === 'EMAIL' ? maskEmail(address) : maskPhone(address);
}

const EMAILS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;

/**
 * A provider's error text may quote the address it refused: every email
 * address in it is masked, and the delivery's own number (with or without
 * its "+"; SMPP spells it without). Other digits (receipt dates, status
 * codes) are left alone.
 */
export function maskContacts(text: string, channel: string, address: string): string {
  let out = text.replace(EMAILS, (m) => maskEmail(m));
  if (channel !== 'EMAIL') {
    const digits = address.replace(/\D/g, '');
    if (digits.length >= 6) out = out.replace(new RegExp(`\\+?${digits}`, 'g'), maskPhone(address));
  }
  return out;
}
