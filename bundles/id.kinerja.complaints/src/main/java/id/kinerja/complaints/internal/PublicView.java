package id.kinerja.complaints.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the citizen sees with the code and the secret: never names of staff, never notes. */
public record PublicView(String trackingCode, String category, ComplaintStatus status, Instant receivedAt, LocalDate verifyDue,
        LocalDate answerDue, List<Message> history, Integer rating, LocalDate reopenUntil, boolean canRate) {
}
