/**
 * An optional text field left blank is absent: "" or "   " is stored as null, trimmed text as
 * itself. Above all for an externalId, which is unique per workspace: two records that both
 * leave it blank must not share an id "".
 */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
