// The popup's checks, handed down to every finding. Absent where nothing can be asked (a preview, a
// component test without a worker), and then the finding shows no buttons.
import { createContext } from 'preact';
import type { CheckActions } from '../../shells/contracts/check-actions';

export const CheckActionsContext = createContext<CheckActions | null>(null);
