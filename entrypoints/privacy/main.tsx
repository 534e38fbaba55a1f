// Privacy page entry (linked from the options page): PRIVACY.md or its translation in the page's
// language, bundled at build time.
import { render } from 'preact';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import { privacyText } from '../../components/privacy/privacy-texts';
import '../../components/privacy/privacy-page.css';
import '../../components/reports/report-pages.css';
import { pageDirection, pageLanguage } from '../../components/shared/page-language';
import { t } from '../../shells/common/translate';

const text = privacyText(pageLanguage(t));
document.documentElement.lang = text.lang;
document.documentElement.dir = text.lang === pageLanguage(t) ? pageDirection(t) : 'ltr';
document.title = t('privacy_title');
const root = document.getElementById('app');
if (root) render(<PrivacyPage markdown={text.markdown} />, root);
