package id.kinerja.complaints.internal;

import java.time.Instant;

/** An entry of a complaint's history; {@code authorNip} is empty for the citizen and for the public view. */
public record Message(Kind kind, ComplaintStatus status, String text, String authorNip, Instant at) {

    public enum Kind {
        /** An answer the citizen sees. */
        PUBLIC_ANSWER,
        /** A note between the staff handling it, never shown to the citizen. */
        INTERNAL_NOTE,
        /** The citizen's reply (on reopening). */
        CITIZEN_REPLY,
        /** A change of state, with its reason if any. */
        STATUS_CHANGE,
        /** The deadline is near (staff only). */
        WARNING,
        /** The deadline passed: escalated to the head of the unit (staff only). */
        ESCALATION;

        /** Whether the citizen sees it. */
        public boolean isPublic() {
            return this == PUBLIC_ANSWER || this == CITIZEN_REPLY || this == STATUS_CHANGE;
        }
    }
}
