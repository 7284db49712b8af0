import { describe, expect, it } from 'vitest';
import { ModelListSchema, toModelList } from './to-model-list.js';

describe('toModelList', () => {
  it('lists models as OpenAI does, with defaults for unknown owner and date', () => {
    const list = toModelList([{ id: 'gpt-4o-mini', ownedBy: 'openai', created: 1_715_000_000 }, { id: 'local-llama' }]);
    expect(ModelListSchema.parse(list)).toEqual({
      object: 'list',
      data: [
        { id: 'gpt-4o-mini', object: 'model', created: 1_715_000_000, owned_by: 'openai' },
        { id: 'local-llama', object: 'model', created: 0, owned_by: 'sigmacode' },
      ],
    });
    expect(toModelList([])).toEqual({ object: 'list', data: [] });
  });
});
