/** A person of the company. `managerId` makes the org a tree: agent → team lead → head → … */
export interface Employee {
  id: string;
  workspaceId: string;
  externalId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  /** Job title in words: "agent", "team lead", "head of service", "technician"… */
  title: string | null;
  teamId: string | null;
  managerId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EmployeeInput {
  externalId?: string | null | undefined;
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  title?: string | null | undefined;
  teamId?: string | null | undefined;
  managerId?: string | null | undefined;
  active?: boolean | undefined;
}

export interface Team {
  id: string;
  workspaceId: string;
  name: string;
  /** The team lead: owner of the team's transactional follow-ups. */
  leadId: string | null;
  createdAt: string;
}

export interface EmployeeFilter {
  q?: string | undefined;
  teamId?: string | undefined;
  managerId?: string | undefined;
  externalId?: string | undefined;
}

/** The manager chain above an employee, nearest first; stops at a cycle or a missing link. */
export function managerChain(
  startId: string,
  managerOf: (id: string) => string | null | undefined,
  maxDepth = 32,
): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([startId]);
  let current = managerOf(startId);
  while (current && !seen.has(current) && chain.length < maxDepth) {
    chain.push(current);
    seen.add(current);
    current = managerOf(current);
  }
  return chain;
}
