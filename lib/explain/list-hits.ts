// The list hits explain() is given for one host, by what was looked up.
import type { ListHit } from '../blocklist/format/types';

export interface HostHits {
  /** The host, its parent domains and the wildcards covering it. */
  host: ListHit[];
  /** The failed URL. */
  url: ListHit[];
  /** The host's known address, exactly or within a range. */
  address: ListHit[];
}
