import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import type { HostResolver } from '@sigmacode/engine';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, jsonBody, signUp, type TestUser, withKey } from '../testing/identity-harness.js';
import { buildToolTestApp } from './testing/build-tool-test-app.js';
import { McpServerListSchema, McpServerSchema } from './tool-schemas.js';

const resolve: HostResolver = async (host) => {
  if (host === 'mcp.example.com') return [{ address: '93.184.216.34', family: 4 }];
  // A public address first and a private one after: still refused.
  if (host === 'sneaky.example.com') {
    return [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
  }
  if (host === 'mcp.intranet') return [{ address: '10.9.9.9', family: 4 }];
  throw new Error(`ENOTFOUND ${host}`);
};

describe.each(testEngines())('MCP servers on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildToolTestApp>['app'];
  let owner: TestUser;
  let operator: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    database = await engine.create();
    ({ app } = buildToolTestApp({ database, policy: { allowHosts: ['MCP.Intranet'], resolve } }));
    owner = await signUp({ app, email: 'owner@mcp.test' });
    stranger = await signUp({ app, email: 'stranger@mcp.test' });
    operator = await signUp({ app, email: 'operator@mcp.test' });
    await database.db.update(schema.users).set({ platformRole: 'admin' }).where(eq(schema.users.id, operator.userId));
  });
  afterAll(async () => {
    await database.close();
  });

  const put = (name: string, transport: unknown, headers: Record<string, string> = asUser(owner)) =>
    app.request(`/api/mcp-servers/${name}`, jsonBody({ transport }, headers, 'PUT'));
  const list = async (as: TestUser = owner) => {
    const res = await app.request('/api/mcp-servers', { headers: asUser(as) });
    expect(res.status).toBe(200);
    const text = await res.text();
    return { text, servers: McpServerListSchema.parse(JSON.parse(text)).data };
  };
  const errorOf = async (res: Response) => ConsoleErrorBodySchema.parse(await res.json()).error;

  it('registers an HTTP server with sealed headers, lists it by header names only, replaces and deletes it', async () => {
    const res = await put('github', {
      type: 'http',
      url: 'https://mcp.example.com/mcp',
      headers: { Authorization: 'Bearer ghp-very-secret', 'X-Team': 'team-secret-2' },
    });
    expect(res.status).toBe(200);
    const saved = McpServerSchema.parse(await res.json());
    expect(saved).toMatchObject({
      name: 'github',
      transport: { type: 'http', url: 'https://mcp.example.com/mcp', headerNames: ['Authorization', 'X-Team'] },
    });

    const [row] = await database.db.select().from(schema.mcpServers).where(eq(schema.mcpServers.id, saved.id));
    expect(row?.sealedSecret).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain('ghp-very-secret');

    const { text, servers } = await list();
    expect(servers.map((server) => server.name)).toEqual(['github']);
    expect(text).not.toContain('ghp-very-secret');
    expect(text).not.toContain('team-secret-2');

    const replaced = McpServerSchema.parse(
      await (await put('github', { type: 'http', url: 'https://mcp.example.com/v2' })).json(),
    );
    expect(replaced).toMatchObject({ id: saved.id, transport: { url: 'https://mcp.example.com/v2', headerNames: [] } });
    const [after] = await database.db.select().from(schema.mcpServers).where(eq(schema.mcpServers.id, saved.id));
    expect(after?.sealedSecret).toBeNull();

    const deleted = await app.request('/api/mcp-servers/github', { method: 'DELETE', headers: asUser(owner) });
    expect(deleted.status).toBe(204);
    expect((await list()).servers).toEqual([]);
    const again = await app.request('/api/mcp-servers/github', { method: 'DELETE', headers: asUser(owner) });
    expect(again.status).toBe(404);
    expect((await errorOf(again)).code).toBe('NOT_FOUND');
  });

  it('lets only platform operators register stdio servers, and never returns their environment values', async () => {
    const stdio = { type: 'stdio', command: 'npx', args: ['-y', 'some-mcp'], env: { API_TOKEN: 'env-secret-3' } };
    const refused = await put('files', stdio);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toMatch(/platform operators/);

    const keyRes = await app.request('/api/keys', jsonBody({ name: 'admin', scopes: ['admin'] }, asUser(owner)));
    const { secret } = (await keyRes.json()) as { secret: string };
    expect((await put('files', stdio, withKey(secret))).status).toBe(403);
    // The same key may register HTTP servers (providers:manage).
    expect((await put('remote', { type: 'http', url: 'https://mcp.example.com/' }, withKey(secret))).status).toBe(200);

    const accepted = await put('files', stdio, asUser(operator));
    expect(accepted.status).toBe(200);
    const body = await accepted.text();
    expect(body).not.toContain('env-secret-3');
    expect(McpServerSchema.parse(JSON.parse(body)).transport).toEqual({
      type: 'stdio',
      command: 'npx',
      args: ['-y', 'some-mcp'],
      envNames: ['API_TOKEN'],
    });
    expect((await list(operator)).text).not.toContain('env-secret-3');
    expect((await list()).servers.map((server) => server.name)).toEqual(['remote']);
  });

  it('refuses private, loopback and metadata addresses unless the operator allowed the host', async () => {
    for (const url of [
      'http://10.0.0.5/mcp',
      'http://127.0.0.1:8080/mcp',
      'http://localhost:3000/',
      'http://169.254.169.254/latest',
      'http://[::1]/mcp',
      'https://sneaky.example.com/mcp',
    ]) {
      const res = await put('private', { type: 'http', url });
      expect(res.status, url).toBe(400);
      expect((await errorOf(res)).details?.issues).toEqual([expect.objectContaining({ path: 'transport.url' })]);
    }
    expect((await put('private', { type: 'http', url: 'ftp://mcp.example.com/' })).status).toBe(400);
    expect((await put('private', { type: 'http', url: 'https://user:pw@mcp.example.com/' })).status).toBe(400);
    expect((await put('intranet', { type: 'http', url: 'http://mcp.intranet:9000/mcp' })).status).toBe(200);
  });

  it('validates names, header names and unknown fields', async () => {
    const cases: [string, unknown, string][] = [
      ['Bad_Name', { type: 'http', url: 'https://mcp.example.com/' }, 'name'],
      ['ok', { type: 'http', url: 'https://mcp.example.com/', headers: { Host: 'x' } }, 'transport.headers.Host'],
      ['ok', { type: 'http', url: 'https://mcp.example.com/', headers: { 'bad header': 'x' } }, 'transport.headers'],
      ['ok', { type: 'http', url: 'https://mcp.example.com/', extra: 1 }, 'transport'],
      ['ok', { type: 'ws', url: 'wss://mcp.example.com/' }, 'transport.type'],
    ];
    for (const [name, transport, path] of cases) {
      const res = await put(name, transport);
      expect(res.status, JSON.stringify(transport)).toBe(400);
      const issues = (await errorOf(res)).details?.issues as { path: string }[];
      expect(
        issues.some((issue) => issue.path.startsWith(path)),
        JSON.stringify(issues),
      ).toBe(true);
    }
  });

  it("keeps organizations apart: another organization's server is invisible and answers 404", async () => {
    expect((await put('shared-name', { type: 'http', url: 'https://mcp.example.com/a' })).status).toBe(200);
    expect((await list(stranger)).servers).toEqual([]);
    const res = await app.request('/api/mcp-servers/shared-name', { method: 'DELETE', headers: asUser(stranger) });
    expect(res.status).toBe(404);
    // The same name in another organization is its own server.
    expect(
      (await put('shared-name', { type: 'http', url: 'https://mcp.example.com/b' }, asUser(stranger))).status,
    ).toBe(200);
    const mine = (await list()).servers.find((server) => server.name === 'shared-name');
    expect(mine?.transport).toMatchObject({ url: 'https://mcp.example.com/a' });
  });

  it('needs providers:manage to change servers and providers:read to list them', async () => {
    const keyRes = await app.request('/api/keys', jsonBody({ name: 'chat', scopes: ['chat'] }, asUser(owner)));
    const { secret } = (await keyRes.json()) as { secret: string };
    expect((await put('chat-key', { type: 'http', url: 'https://mcp.example.com/' }, withKey(secret))).status).toBe(
      403,
    );
    expect((await app.request('/api/mcp-servers', { headers: withKey(secret) })).status).toBe(403);
    expect((await app.request('/api/mcp-servers')).status).toBe(401);
  });
});
