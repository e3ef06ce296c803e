package nl.plenum.result;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A receipt code to check, sent in the body so that it never lands in a URL or an access log. */
public record ReceiptCode(@NotBlank @Size(max = 64) String code) {
}
