import { lookup } from 'node:dns/promises';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (injectable, so tests can make a name point anywhere). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/**
 * The system resolver (getaddrinfo: /etc/hosts, then DNS), every address in the resolver's order.
 *
 * @example
 * await resolveWithSystem('example.com') // [{ address: '93.184.215.14', family: 4 }, …]
 */
export const resolveWithSystem: HostResolver = async (hostname) => {
  const addresses = await lookup(hostname, { all: true, verbatim: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};
