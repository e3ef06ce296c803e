package nl.plenum.vote;

import java.util.List;

/**
 * For whom a delegate acts: its own member, and the members whose votes it casts by mandate (in an open
 * ballot, or in an assembly that is not closed), as "name (code)".
 */
public record ActingFor(String member, String memberName, List<String> mandates) {

    /** The mandates as one line, for a sentence. */
    public String mandateList() {
        return String.join(", ", mandates);
    }
}
