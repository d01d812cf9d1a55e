/** How the survey behaves as a conversation: probing low scores, reminders, closing. */
import type { DialogueSettings } from '@rapport/core/surveys';
import { fieldId, useFieldErrors } from './field-errors.tsx';
import { NumberField } from './fields.tsx';

export function DialogueFields({
  dialogue,
  onChange,
}: {
  dialogue: DialogueSettings | undefined;
  onChange: (d: DialogueSettings | undefined) => void;
}) {
  const d = dialogue ?? {};
  const set = <K extends keyof DialogueSettings>(k: K, v: DialogueSettings[K]) => {
    const next: DialogueSettings = { ...d, [k]: v };
    if (v === undefined) delete next[k];
    onChange(Object.keys(next).length ? next : undefined);
  };
  const probeId = fieldId('dialogue.probeLowScores');
  const probeErrors = useFieldErrors(['dialogue.probeLowScores', 'dialogue']);
  return (
    <div className="field-grid">
      <div className="field field-check">
        <input
          id={probeId}
          type="checkbox"
          checked={d.probeLowScores ?? true}
          onChange={(e) => set('probeLowScores', e.target.checked ? undefined : false)}
        />
        <label htmlFor={probeId}>Ask what went wrong after a low score</label>
        {probeErrors.length ? <p className="field-error">{probeErrors.join(' ')}</p> : null}
      </div>
      <NumberField
        path="dialogue.maxProbes"
        label="At most, per conversation"
        value={d.maxProbes ?? 2}
        min={0}
        onChange={(v) => set('maxProbes', v)}
      />
      <NumberField
        path="dialogue.reminderAfterMinutes"
        label="Reminder after (minutes)"
        value={d.reminderAfterMinutes ?? 1440}
        min={1}
        onChange={(v) => set('reminderAfterMinutes', v)}
      />
      <NumberField
        path="dialogue.closeAfterMinutes"
        label="Close as partial after (minutes)"
        value={d.closeAfterMinutes ?? 2880}
        min={1}
        onChange={(v) => set('closeAfterMinutes', v)}
      />
    </div>
  );
}
