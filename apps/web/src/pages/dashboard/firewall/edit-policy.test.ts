import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../api/firewall-schemas';
import { editPolicy, policyChanged } from './edit-policy';

const stored: Policy = {
  version: 1,
  mode: 'enforce',
  detectors: {
    pii: { enabled: true, action: 'allow', directionActions: { output: 'redact' }, options: { types: ['EMAIL'] } },
    injection: { enabled: true, action: 'block', threshold: 0.5 },
  },
  allowlist: { domains: ['example.com'], patterns: [] },
};

describe('editPolicy', () => {
  it('changes the mode and keeps everything else', () => {
    const next = editPolicy(stored, { kind: 'mode', mode: 'shadow' });
    expect(next.mode).toBe('shadow');
    expect(next.detectors).toBe(stored.detectors);
    expect(next.allowlist).toEqual({ domains: ['example.com'], patterns: [] });
  });

  it("patches one detector and keeps its options and the others' settings", () => {
    const next = editPolicy(stored, { kind: 'detector', detector: 'pii', patch: { enabled: false } });
    expect(next.detectors?.pii).toEqual({ ...stored.detectors?.pii, enabled: false });
    expect(next.detectors?.injection).toBe(stored.detectors?.injection);
  });

  it('sets and removes a per-direction action', () => {
    const set = editPolicy(stored, { kind: 'direction-action', detector: 'pii', direction: 'input', action: 'block' });
    expect(set.detectors?.pii?.directionActions).toEqual({ output: 'redact', input: 'block' });
    const removed = editPolicy(set, {
      kind: 'direction-action',
      detector: 'pii',
      direction: 'output',
      action: undefined,
    });
    expect(removed.detectors?.pii?.directionActions).toEqual({ input: 'block' });
  });

  it('adds a detector the policy did not mention', () => {
    const next = editPolicy(stored, { kind: 'detector', detector: 'secrets', patch: { action: 'block' } });
    expect(next.detectors?.secrets).toEqual({ action: 'block' });
  });

  it('never changes its input', () => {
    const copy = structuredClone(stored);
    editPolicy(stored, { kind: 'detector', detector: 'injection', patch: { threshold: 0.8 } });
    editPolicy(stored, { kind: 'direction-action', detector: 'pii', direction: 'output', action: undefined });
    expect(stored).toEqual(copy);
  });
});

describe('policyChanged', () => {
  it('ignores the order of keys', () => {
    const reordered: Policy = { detectors: stored.detectors, mode: 'enforce', version: 1, allowlist: stored.allowlist };
    expect(policyChanged(stored, reordered)).toBe(false);
  });

  it('sees a changed threshold', () => {
    const next = editPolicy(stored, { kind: 'detector', detector: 'injection', patch: { threshold: 0.6 } });
    expect(policyChanged(stored, next)).toBe(true);
  });
});
