package id.siksacademy.account;

/** A request the account rules refuse; carries a translation key the UI shows as is. */
public class AccountRejectedException extends RuntimeException {

    private final String messageKey;

    public AccountRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
