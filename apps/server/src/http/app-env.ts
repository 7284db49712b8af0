import type { Principal } from '../identity/access/principal.js';
import type { Logger } from '../infra/create-logger.js';

/** Hono's environment for every route of the server: what middleware puts on the context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** A child logger bound to the request id. */
    log: Logger;
    /** Who makes the request (session or API key), or null; set by the authenticate middleware. */
    principal: Principal | null;
  };
}
