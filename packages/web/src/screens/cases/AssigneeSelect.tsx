/**
 * The owner or assignee choice of a case or task form: the active employees the server will
 * accept from this user, and nobody else (a refusal would be 422 naming ownerId/assigneeId).
 */
import { useMemo } from 'react';
import { EmployeeSelect } from './EmployeeSelect.tsx';
import { assigneeSet, useAssignees } from './use-assignees.ts';

export function AssigneeSelect(props: {
  id: string;
  value: string;
  onChange: (id: string) => void;
  empty?: string;
  describedBy?: string;
  required?: boolean;
}) {
  const assignees = useAssignees();
  const only = useMemo(
    () => (assignees.data ? assigneeSet(assignees.data) : undefined),
    [assignees.data],
  );
  if (assignees.error)
    return (
      <p className="muted" role="status">
        Could not load whom you may assign to: {assignees.error.detail}
      </p>
    );
  if (assignees.data && only?.size === 0)
    return (
      <p className="muted" role="status">
        Your user is not linked to an employee, so you cannot assign work to anyone.
      </p>
    );
  return <EmployeeSelect {...props} only={only} pending={!assignees.data} />;
}
