package id.siksacademy.base.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in user's language choice is kept. The account feature implements it, so the
 * shared UI can remember the choice without depending on accounts.
 */
public interface UserLanguage {

    /** The language the signed-in user chose, if any. */
    Optional<Locale> current();

    /** Remembers the signed-in user's choice. */
    void remember(Locale locale);
}
