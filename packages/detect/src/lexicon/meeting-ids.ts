/**
 * The label before the number that opens an outside meeting room, "meeting ID 845 1237 6690", in
 * English, Russian, Spanish, Portuguese, German and Chinese ("идентификатор конференции", "ID de la
 * reunión", "会议号"): read as a link, and so never as a phone. A regex source, case-insensitive.
 */
export const MEETING_ID_LABEL = String.raw`(?:(?:meeting|webinar|conference|zoom|teams)[\s-]*(?:id|number|no\.?|code)|(?:идентификатор|id|номер)\s+(?:конференции|встречи)|id\s+d[ea]\s+(?:la\s+)?reuni[oa]o?n?|konferenz-?id|会议号|会议\s?id|會議號)(?:\s+is)?\s*[:#：]?\s*`;
