package nl.plenum.assembly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** @param status null: PLANNED for a new assembly, unchanged for an existing one */
public record AssemblyInput(@NotBlank @Size(max = 300) String title, @NotNull LocalDate date, AssemblyStatus status) {
}
