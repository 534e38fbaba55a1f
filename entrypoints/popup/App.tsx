// Joins the browser-facing state hook to the pure popup view.
import { Popup } from '../../components/popup/Popup';
import type { Translate } from '../../lib/explain/translate';
import { usePopupState } from './use-popup-state';

export function App({ t }: { t: Translate }) {
  return <Popup state={usePopupState()} t={t} />;
}
