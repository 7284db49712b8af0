import { describe, expect, it } from 'vitest';
import { validateAgentSearch } from './agent-tabs';

describe('validateAgentSearch', () => {
  it('keeps a known tab', () => {
    expect(validateAgentSearch({ tab: 'test' })).toEqual({ tab: 'test' });
  });

  it('drops an unknown or missing tab instead of failing the route', () => {
    expect(validateAgentSearch({ tab: 'billing' })).toEqual({});
    expect(validateAgentSearch({ tab: 3 })).toEqual({});
    expect(validateAgentSearch({})).toEqual({});
  });
});
