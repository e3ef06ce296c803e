package nl.plenum.assembly;

public enum AssemblyStatus {
    PLANNED, IN_SESSION, CLOSED
}
