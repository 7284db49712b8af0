import { PGlite } from '@electric-sql/pglite';

let t = performance.now();
const a = new PGlite('memory://');
await a.waitReady;
console.log('first', Math.round(performance.now() - t));
t = performance.now();
const b = new PGlite('memory://');
await b.waitReady;
console.log('second', Math.round(performance.now() - t));
const dump = await b.dumpDataDir('none');
t = performance.now();
const c = new PGlite('memory://', { loadDataDir: dump });
await c.waitReady;
console.log('from dump', Math.round(performance.now() - t), dump.size);
