import { de } from '../../i18n/de';
import { Placeholder } from '../../ui/Placeholder';

export const ContractsPage = () => <Placeholder title={de.nav.contracts} text={de.placeholders.contracts} />;
