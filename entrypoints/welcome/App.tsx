// Joins the browser's services to the first-run page.
import { browser } from 'wxt/browser';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import type { Translate } from '../../lib/explain/translate';
import { browserReportPageServices } from '../../shells/pages/browser-report-page-services';

const services = { ...browserReportPageServices(), openOptions: () => void browser.runtime.openOptionsPage() };

export function App({ t }: { t: Translate }) {
  return <WelcomePage services={services} t={t} />;
}
