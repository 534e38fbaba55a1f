// Lookup page entry (linked from the options page and the popup): `?q=` is looked up at once.
import { render } from 'preact';
import { LookupPage } from '../../components/lookup/LookupPage';
import '../../components/reports/report-pages.css';
import '../../components/lookup/lookup-page.css';
import { pageDirection, pageLanguage } from '../../components/shared/page-language';
import { t } from '../../shells/common/translate';
import { lookUpList } from '../../shells/pages/look-up-list';

document.documentElement.lang = pageLanguage(t);
document.documentElement.dir = pageDirection(t);
document.title = t('lookup_title');
const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
const root = document.getElementById('app');
if (root) render(<LookupPage lookUp={lookUpList} t={t} initialQuery={initialQuery} />, root);
