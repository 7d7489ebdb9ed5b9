// DNS records cluster DNS serves (SEMANTICS.md §4.1). Names are fully qualified, lower-case,
// without the trailing dot.
import type { SourceRef } from './source';

export type DnsType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT';

export interface DnsRecord {
  name: string;
  type: DnsType;
  /** A: the address. SRV: `prio weight port target.`. PTR/CNAME: `target.` TXT: the text. */
  data: string;
  /** The object that makes the record exist. */
  source?: SourceRef;
}
