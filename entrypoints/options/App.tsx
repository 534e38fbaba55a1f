// Joins the browser's services to the options page.
import { OptionsPage } from '../../components/options/OptionsPage';
import type { Translate } from '../../lib/explain/translate';
import { browserListUpdates } from '../../shells/pages/browser-list-updates';
import { browserReportPageServices } from '../../shells/pages/browser-report-page-services';
import { sendReportsNow } from '../../shells/pages/send-reports-now';

const services = { ...browserReportPageServices(), sendNow: sendReportsNow, lists: browserListUpdates };

export function App({ t }: { t: Translate }) {
  return <OptionsPage services={services} t={t} />;
}
