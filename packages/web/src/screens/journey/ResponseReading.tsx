/**
 * Under a survey response on its own (no interaction behind it): the scores and what the
 * customer wrote, then what it read as and why their engagement moved.
 */
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import type { ResponseSlotProps } from '../../timeline/extensions.tsx';
import { TouchpointReading } from './EngagementSection.tsx';

function ResponseWords({ responseId }: { responseId: string }) {
  const api = useApi();
  const response = useResource(
    (signal) => api.responses.get(responseId, { signal }),
    [api, responseId],
  );
  const comment = response.data?.comment;
  if (!comment) return null;
  return (
    <section className="note" aria-label="What they wrote">
      <h4 className="section-title">What they wrote</h4>
      <p className="note-text">{comment}</p>
    </section>
  );
}

export function ResponseReading({ touchpoint }: ResponseSlotProps) {
  return (
    <>
      {touchpoint.responseIds.map((id) => (
        <ResponseWords key={id} responseId={id} />
      ))}
      <TouchpointReading tp={touchpoint} />
    </>
  );
}
