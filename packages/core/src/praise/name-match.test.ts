import { describe, expect, it } from 'vitest';
import type { Employee } from '../employees/employee.ts';
import { matchNames, matchTitles, nameCandidates } from './name-match.ts';

const emp = (id: string, name: string, title: string | null = null): Employee => ({
  id,
  workspaceId: 'ws',
  externalId: null,
  name,
  email: null,
  phone: null,
  title,
  teamId: null,
  managerId: null,
  active: true,
  createdAt: '',
  updatedAt: '',
});

describe('who a compliment is about', () => {
  const staff = [
    emp('e1', 'Jessica Carter', 'agent'),
    emp('e2', 'Sam Okafor', 'roadside technician'),
    emp('e3', 'Sam Lee', 'agent'),
    emp('e4', 'Priya Nair', 'customer consultant'),
  ];

  it('finds first names, full names, and settles a shared first name by who served the customer', () => {
    const text = "Jessica was wonderful and Sam's work was quick. Please tell her boss!";
    const cands = nameCandidates([text], []);
    expect(cands).toEqual(expect.arrayContaining(['jessica', 'sam']));
    expect(cands).not.toContain('please');
    // Two Sams: nobody is guessed unless exactly one of them served the customer.
    expect(matchNames([text], cands, staff, new Set())).toEqual(['e1']);
    expect(matchNames([text], cands, staff, new Set(['e2']))).toEqual(['e1', 'e2']);
    expect(
      matchNames(
        ['Thanks to Sam Lee!'],
        nameCandidates(['Thanks to Sam Lee!'], []),
        staff,
        new Set(),
      ),
    ).toEqual(['e3']);
  });

  it('takes names the text analysis found even when written in lower case', () => {
    const cands = nameCandidates(['priya was great'], ['priya']);
    expect(matchNames(['priya was great'], cands, staff, new Set())).toEqual(['e4']);
  });

  it('finds people by the job they did among those who served the customer', () => {
    const served = [staff[1] as Employee, staff[3] as Employee];
    const text = 'The consultant was kind and the technician replaced my battery within the hour.';
    expect(matchTitles([text], served).sort()).toEqual(['e2', 'e4']);
    expect(matchTitles(['The agent was nice'], served)).toEqual([]);
  });
});
