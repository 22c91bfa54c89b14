export { computeSlots } from './slots.js';
export { MAX_WINDOW_DAYS, parseSlotRequest } from './parse.js';
export { SchedulingInputError } from './errors.js';
export { WEEKDAYS } from './types.js';
export type { Slot, SlotRequest, SlotResult, TimeSpan, WallRange, Weekday } from './types.js';
