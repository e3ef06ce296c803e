package nl.plenum.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param text   Markdown; null is empty
 * @param status null: PENDING for a new resolution, unchanged for an existing one
 */
public record ResolutionInput(
        @NotBlank @Size(max = 20) String agendaItem,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 100_000) String text,
        ResolutionStatus status) {
}
