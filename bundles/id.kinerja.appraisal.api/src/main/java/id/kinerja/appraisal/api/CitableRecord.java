package id.kinerja.appraisal.api;

import java.time.LocalDate;

/**
 * A record of an optional module that a person may cite as evidence of an activity of their SKP
 * (e.g. an innovation they proposed, a follow-up of a feedback meeting they completed).
 *
 * @param source the module, as its feature is named (e.g. {@code kinerja-inovasi})
 * @param reference the record within the module (e.g. {@code INV-12})
 * @param title what it is, in Bahasa Indonesia
 * @param summary its state in one line (e.g. "Juara 1 Kontes Inovasi 2026")
 * @param date the day it happened or was completed
 */
public record CitableRecord(String source, String reference, String title, String summary, LocalDate date) {
}
