import { de } from '../../i18n/de';
import { Placeholder } from '../../ui/Placeholder';

export const CostsPage = () => <Placeholder title={de.nav.costs} text={de.placeholders.costs} />;
