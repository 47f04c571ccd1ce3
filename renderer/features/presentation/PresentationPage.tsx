import { de } from '../../i18n/de';
import { Placeholder } from '../../ui/Placeholder';

export const PresentationPage = () => <Placeholder title={de.nav.presentation} text={de.placeholders.presentation} />;
