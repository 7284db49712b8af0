import { fileURLToPath } from 'node:url';
import { newId } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createEchoModel, createSecretBox, runAgent } from '@sigmacode/engine';
import type { ToolSet } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../identity/access/principal.js';
import { loadMcpTools } from './load-mcp-tools.js';
import { saveMcpServer } from './mcp-servers.js';
import { modelToolName } from './model-tool-name.js';
import { type McpFixture, startMcpFixture } from './testing/start-mcp-fixture.js';

const box = createSecretBox('load-mcp-tools-test-secret-0123456789abcdef');
const policy = { allowHosts: ['127.0.0.1'] };
const stdioFixture = fileURLToPath(new URL('./testing/stdio-mcp-fixture.ts', import.meta.url));
const serverDir = fileURLToPath(new URL('../..', import.meta.url));

function principalOf(organizationId: string, platformRole: 'user' | 'admin' = 'user'): UserPrincipal {
  return {
    kind: 'user',
    userId: 'usr_test',
    email: 'admin@load.test',
    sessionId: 'ses_test',
    organizationId,
    role: 'admin',
    platformRole,
    permissions: new Set(['providers:manage']),
  };
}

async function call(tools: ToolSet, name: string, input: unknown): Promise<unknown> {
  const execute = tools[name]?.execute;
  if (!execute) throw new Error(`no tool ${name} in ${Object.keys(tools).join(', ')}`);
  return execute(input as never, { toolCallId: 'call-1', messages: [] });
}

describe('modelToolName', () => {
  it('keeps safe names and makes unsafe or long ones safe and distinct', () => {
    expect(modelToolName({ server: 'math', tool: 'divide' })).toBe('math__divide');
    const dotted = modelToolName({ server: 'math', tool: 'text.upper' });
    const underscored = modelToolName({ server: 'math', tool: 'text_upper' });
    expect(dotted).toMatch(/^math__text_upper_[0-9a-f]{8}$/);
    expect(dotted).not.toBe(underscored);
    const long = modelToolName({ server: 'a'.repeat(40), tool: 'b'.repeat(40) });
    expect(long).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });
});

describe.each(testEngines())('loadMcpTools on $name', (engine) => {
  let database: Database;
  let fixture: McpFixture;
  let organizationId: string;
  let otherOrganizationId: string;

  beforeAll(async () => {
    database = await engine.create();
    fixture = await startMcpFixture();
    organizationId = newId('org');
    otherOrganizationId = newId('org');
    await database.db.insert(schema.organizations).values([
      { id: organizationId, name: 'Load', slug: organizationId },
      { id: otherOrganizationId, name: 'Other', slug: otherOrganizationId },
    ]);
    const headers = { 'x-fixture-key': fixture.key };
    const save = (org: string, name: string, transport: unknown) =>
      saveMcpServer({ db: database.db, box, principal: principalOf(org), name, transport, policy });
    await save(organizationId, 'math', { type: 'http', url: fixture.url, headers });
    await save(organizationId, 'locked', { type: 'http', url: fixture.url });
    await save(otherOrganizationId, 'theirs', { type: 'http', url: fixture.url, headers });
  });
  afterAll(async () => {
    await fixture?.stop();
    await database?.close();
  });

  const load = (refs: string[], org = organizationId) =>
    loadMcpTools({ db: database.db, box, organizationId: org, refs, policy, timeoutMs: 5_000 });

  it("calls the fixture's tool under a provider-safe name, and ignores built-in references", async () => {
    const mcp = await load(['calculator', 'mcp:math/divide']);
    try {
      expect(Object.keys(mcp.tools)).toEqual(['math__divide']);
      expect(mcp.refs).toEqual({ math__divide: 'mcp:math/divide' });
      expect(await call(mcp.tools, 'math__divide', { a: 84, b: 2 })).toBe('42');
      await expect(call(mcp.tools, 'math__divide', { a: 1, b: 0 })).rejects.toMatchObject({
        code: 'UPSTREAM_FAILED',
        message: 'division by zero',
      });
    } finally {
      await mcp.close();
      await mcp.close();
    }
  });

  it('loads every tool of a server for mcp:<server>/*, and serves the agent loop', async () => {
    const mcp = await load(['mcp:math/*', 'mcp:math/divide']);
    try {
      const upper = modelToolName({ server: 'math', tool: 'text.upper' });
      expect(Object.keys(mcp.tools).sort()).toEqual(['math__divide', 'math__env_token', upper].sort());
      expect(mcp.refs[upper]).toBe('mcp:math/text.upper');
      expect(await call(mcp.tools, upper, { text: 'hi' })).toBe('HI');
      const run = runAgent({
        model: createEchoModel(),
        messages: [{ role: 'user', content: '/tool math__divide {"a":9,"b":3}' }],
        tools: mcp.tools,
        maxSteps: 3,
      });
      expect(await run.text).toBe('Tool math__divide returned: 3');
    } finally {
      await mcp.close();
    }
  });

  it("names an unknown server or tool as NOT_FOUND, another organization's server included", async () => {
    await expect(load(['mcp:nope/x', 'mcp:math/divide'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('"nope"'),
      details: { servers: ['nope'] },
    });
    await expect(load(['mcp:theirs/divide'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('"theirs"'),
    });
    await expect(load(['mcp:math/multiply'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { tool: 'mcp:math/multiply' },
    });
    const theirs = await load(['mcp:theirs/divide'], otherOrganizationId);
    expect(await call(theirs.tools, 'theirs__divide', { a: 1, b: 2 })).toBe('0.5');
    await theirs.close();
  });

  it('fails as a whole, naming the server, when one server cannot be reached', async () => {
    await expect(load(['mcp:math/divide', 'mcp:locked/divide'])).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('"locked"'),
      details: { server: 'locked' },
    });
    expect((await load([])).tools).toEqual({});
  });

  it('runs an operator-registered stdio server with its sealed environment', async () => {
    const transport = {
      type: 'stdio',
      command: process.execPath,
      args: ['--import', 'tsx', stdioFixture],
      env: { FIXTURE_TOKEN: 'stdio-secret-4' },
      cwd: serverDir,
    };
    const save = (platformRole: 'user' | 'admin') =>
      saveMcpServer({
        db: database.db,
        box,
        principal: principalOf(organizationId, platformRole),
        name: 'local',
        transport,
      });
    await expect(save('user')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await save('admin')).transport).toMatchObject({ type: 'stdio', envNames: ['FIXTURE_TOKEN'] });

    const mcp = await load(['mcp:local/env_token']);
    try {
      expect(await call(mcp.tools, 'local__env_token', {})).toBe('stdio-secret-4');
    } finally {
      await mcp.close();
    }
  });
});
