// First-run entry (opened by the worker on install): mounts the page with the browser's translations.
import { render } from 'preact';
import '../../components/reports/report-pages.css';
import { pageDirection, pageLanguage } from '../../components/shared/page-language';
import { t } from '../../shells/common/translate';
import { App } from './App';

document.documentElement.lang = pageLanguage(t);
document.documentElement.dir = pageDirection(t);
document.title = t('welcome_title');
const root = document.getElementById('app');
if (root) render(<App t={t} />, root);
