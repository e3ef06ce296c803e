package nl.plenum.member;

/** When the projector in the meeting room shows a closed ballot's result. */
public enum ProjectorReveal {
    /** As soon as the chair closes the ballot. */
    AT_CLOSE,
    /** Only once the secretariat has published it; until then the screen says the result follows. */
    AFTER_PUBLICATION
}
