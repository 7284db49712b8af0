import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../testing/build-test-app.js';
import { gracefulShutdown } from './graceful-shutdown.js';

/** A server whose /slow response streams three chunks 100 ms apart, and whose /stall response never ends. */
async function startSlowServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    if (req.url === '/stall') {
      res.write('started');
      return;
    }
    let sent = 0;
    const timer = setInterval(() => {
      res.write(`chunk${sent}\n`);
      sent += 1;
      if (sent === 3) {
        clearInterval(timer);
        res.end();
      }
    }, 100);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve(body));
      res.on('error', reject);
      res.on('aborted', () => reject(new Error(`aborted after ${JSON.stringify(body)}`)));
    });
    req.on('error', reject);
    req.end();
  });
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

describe('graceful shutdown', () => {
  it('lets an in-flight stream finish, refuses new connections, then cleans up', async () => {
    const { server, port } = await startSlowServer();
    servers.push(server);
    const events: string[] = [];
    const lifecycle = gracefulShutdown({
      server,
      deadlineMs: 5_000,
      logger: silentLogger(),
      cleanup: async () => {
        events.push('cleanup');
      },
    });
    const inFlight = get(port, '/slow').then((body) => {
      events.push('stream finished');
      return body;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const done = lifecycle.shutdown('test');
    expect(lifecycle.isShuttingDown()).toBe(true);
    await expect(get(port, '/slow')).rejects.toThrow();
    expect(await inFlight).toBe('chunk0\nchunk1\nchunk2\n');
    await done;
    expect(events).toEqual(['stream finished', 'cleanup']);
  });

  it('cuts connections still open at the deadline and still cleans up', async () => {
    const { server, port } = await startSlowServer();
    servers.push(server);
    let cleanedUp = false;
    const lifecycle = gracefulShutdown({
      server,
      deadlineMs: 200,
      logger: silentLogger(),
      cleanup: async () => {
        cleanedUp = true;
      },
    });
    const stalled = get(port, '/stall');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await lifecycle.shutdown('test');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(stalled).rejects.toThrow();
    expect(cleanedUp).toBe(true);
  });
});
