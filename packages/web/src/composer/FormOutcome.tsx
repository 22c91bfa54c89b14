import type { ApiDecision } from '../api/types';
import { Alert } from '../ui/bits';
import { Findings } from './Findings';

/** A checked write the server refused: the text as sent and the decision, for the highlighting. */
export interface Blocked {
  text: string;
  decision: ApiDecision;
}

/**
 * What a checked form's last submit came to, shown above its button: the server's block with
 * the same highlighting as the live check, a confirmation, or an error.
 */
export function FormOutcome({
  blocked,
  status,
  error,
}: {
  blocked: Blocked | null;
  status?: string | null;
  error?: string | null;
}) {
  return (
    <>
      {blocked ? <Findings text={blocked.text} decision={blocked.decision} mode="blocked" /> : null}
      {status ? (
        <Alert tone="ok" role="status">
          {status}
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}
    </>
  );
}
