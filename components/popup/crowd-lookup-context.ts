// The popup's way to ask for crowd counts. Absent while crowd counts are off (or not loaded yet),
// and then findings show none.
import { createContext } from 'preact';
import type { CrowdLookup } from '../../lib/crowd/crowd-lookup';

export const CrowdLookupContext = createContext<CrowdLookup | null>(null);
