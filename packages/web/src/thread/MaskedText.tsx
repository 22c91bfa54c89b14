import { Fragment } from 'react';
import type { Category } from '../api/types';
import { CATEGORY_LABEL } from '../ui/labels';

const MARKER = /\[(phone|email|address|link|handle|request|payment) hidden\]/g;

/** Message text in which the server's `[phone hidden]` markers become clear chips. */
export function MaskedText({ text }: { text: string }) {
  const parts: Array<string | Category> = [];
  let cursor = 0;
  for (const match of text.matchAll(MARKER)) {
    parts.push(text.slice(cursor, match.index));
    parts.push(match[1] as Category);
    cursor = match.index + match[0].length;
  }
  parts.push(text.slice(cursor));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span
            key={i}
            className="masked-chip"
            role="img"
            aria-label={`${CATEGORY_LABEL[part as Category]} hidden`}
          >
            <span aria-hidden="true">
              {(CATEGORY_LABEL[part as Category] ?? 'Contact').toLowerCase()} hidden
            </span>
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export function hasMarkers(text: string): boolean {
  return new RegExp(MARKER.source).test(text);
}
