package id.siksacademy.training;

import java.util.List;

/** A training request refused for a reason the user can act on: a translation key and its arguments. */
public class TrainingRejectedException extends RuntimeException {

    private final String messageKey;
    private final List<String> args;

    public TrainingRejectedException(String messageKey, String... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
