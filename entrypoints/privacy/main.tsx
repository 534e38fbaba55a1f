// Privacy page entry (linked from the options page): PRIVACY.md, bundled at build time.
import { render } from 'preact';
import privacyText from '../../PRIVACY.md?raw';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import '../../components/privacy/privacy-page.css';
import '../../components/reports/report-pages.css';
import { t } from '../../shells/common/translate';

// The text is in English, left to right, until PRIVACY.md has translations.
document.documentElement.lang = 'en';
document.documentElement.dir = 'ltr';
document.title = t('privacy_title');
const root = document.getElementById('app');
if (root) render(<PrivacyPage markdown={privacyText} />, root);
