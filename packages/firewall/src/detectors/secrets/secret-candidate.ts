import type { Severity } from '../../verdict.js';

/** A secret found in a searched text (offsets into that text, not yet mapped to the original). */
export interface SecretCandidate {
  readonly start: number;
  readonly end: number;
  /** Rule id: a gitleaks rule, or `private-key`, `connection-string`, `assignment`, `authorization-header`. */
  readonly type: string;
  readonly severity: Severity;
  readonly message: string;
}
