package nl.plenum.resolution;

public enum ResolutionStatus {
    PENDING, ADOPTED, REJECTED, WITHDRAWN
}
