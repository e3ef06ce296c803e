package nl.plenum.result;

import nl.plenum.vote.Choice;

/**
 * How one member voted on an OPEN ballot; {@code choice} is null for a member that did not vote;
 * {@code castBy} and {@code castByName} name the member whose delegate cast the vote.
 */
public record RollCallEntry(String member, String name, int weight, Choice choice, String castBy, String castByName) {

    public RollCallEntry(String member, String name, int weight, Choice choice, String castBy) {
        this(member, name, weight, choice, castBy, castBy);
    }
}
