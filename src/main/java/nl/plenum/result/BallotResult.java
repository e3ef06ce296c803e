package nl.plenum.result;

import nl.plenum.ballot.BallotView;

/** A ballot with its stored tally. */
public record BallotResult(BallotView ballot, Tally tally) {
}
