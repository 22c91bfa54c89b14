export { findPaymentIdentifiers } from './find.js';
export type { PaymentIdentifier, PaymentKind } from './types.js';
