package nl.plenum.web;

import java.time.LocalDate;

/** One assembly in the chair's and the secretariat's picker, newest first. */
public record AssemblyChoice(long id, String title, LocalDate date) {
}
