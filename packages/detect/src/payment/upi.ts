import type { PaymentIdentifier } from './types.js';

// A UPI ID ("rahul@okaxis", "98765@ybl") pays a person in India; it reads like an e-mail
// address without a domain, after the handle of the app or bank that issued it.
const UPI_ID =
  /(?<![\w.@-])[a-z0-9][a-z0-9._-]{1,48}@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl|apl|yapl|paytm|upi|ptyes|ptsbi|pthdfc|ptaxis|axisbank|icici|sbi|hdfcbank|kotak|airtel|jio|freecharge|fam|slice|idfcbank|indus|waaxis|wahdfcbank|waicici|wasbi)(?![\w@-]|\.[a-z])/gi;

/** UPI IDs in `text`, in order. */
export function findUpiIds(text: string): PaymentIdentifier[] {
  const found: PaymentIdentifier[] = [];
  if (!text.includes('@')) return found;
  UPI_ID.lastIndex = 0;
  for (let m = UPI_ID.exec(text); m; m = UPI_ID.exec(text)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'upi_id',
      normalized: m[0].toLowerCase(),
      confidence: 0.9,
    });
  }
  return found;
}
