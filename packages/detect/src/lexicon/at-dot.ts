/** Words people write instead of "@" and "." in addresses, in the languages we read. */
export const AT_WORDS = [
  'at the rate of',
  'at the rate',
  'attherate',
  'at sign',
  'at',
  'arroba',
  'arobase',
  'chez',
  'chiocciola',
  'klammeraffe',
  'affe',
  'apenstaartje',
  'sobaka',
  'собака',
  'собачка',
  'равлик',
  'et',
  'على',
];
export const DOT_WORDS = [
  'dot',
  'd0t',
  'punto',
  'ponto',
  'point',
  'punkt',
  'punt',
  'tochka',
  'точка',
  'крапка',
  'titik',
  'tuldok',
  'nokta',
  'نقطة',
];
/** Words for "/" in spelled-out links ("calendly dot com slash jane"). */
export const SLASH_WORDS = ['slash', 'barra', 'слэш', 'слеш', 'garis miring'];
