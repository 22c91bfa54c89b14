/** What kind of payment detail a span is: bank rails, cards, or a crypto wallet per network. */
export type PaymentKind =
  | 'iban'
  | 'swift_bic'
  | 'bank_account'
  | 'routing_number'
  | 'card_number'
  | 'btc_address'
  | 'eth_address'
  | 'tron_address'
  | 'ltc_address'
  | 'doge_address'
  | 'xrp_address'
  | 'sol_address'
  | 'upi_id';

/** A payment identifier found in a text. */
export interface PaymentIdentifier {
  /** UTF-16 offset into the given text where the identifier starts. */
  start: number;
  /** UTF-16 offset just past the identifier (exclusive). */
  end: number;
  kind: PaymentKind;
  /**
   * Canonical form: separators removed ("DE89370400440532013000", "4111111111111111"); IBAN and
   * BIC upper-case; bech32 and ETH addresses lower-case; base58 addresses as written.
   */
  normalized: string;
  /** 0..1 */
  confidence: number;
}
